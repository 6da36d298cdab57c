// fmt_format.h — the engine behind Go's fmt.Sprint/Sprintln/Sprintf/Errorf, working on
// Go values in memory through their type descriptors (what Go's fmt does with reflect).
//
// API:
//   sprint(args, host)             Go's Sprint: operands in %v, a space between two
//                                  operands when neither is a string.
//   sprintln(args, host)           Go's Sprintln: spaces between all, newline at the end.
//   sprintf(format, args, host)    Go's Sprintf, with Go's error forms (%!d(string=hi),
//                                  %!v(MISSING), %!(EXTRA ...), %!(NOVERB), %!(BADWIDTH),
//                                  %!(BADPREC), %!d(BADINDEX)). %w is a bad verb here.
//   errorf(format, args, host)     the text of Go's Errorf, plus which operands a %w
//                                  named (in verb order, possibly repeated) and whether
//                                  explicit [n] indexes were used: the fmt prelude builds
//                                  *wrapError / *wrapErrors from that, as Go does.
// `args` are the operands as interface{} values (the GoSlice of GoEface a `...any`
// parameter receives). Each must stay alive during the call (direct-iface values are
// read from the GoEface itself).
//
// Methods: for %v %s %q %x %X (without #) an operand whose dynamic type has
// Error() string (checked first) or String() string is printed through that method,
// called via Host::call_string_method; with %#v, GoString() string is used the same
// way. Nested values (struct fields, elements, map keys/values, interface contents) get
// the same treatment unless they were reached through an unexported struct field
// (Go's CanInterface rule). A panicking method prints %!v(PANIC=String method: text),
// or <nil> when the receiver is a nil pointer. Maps print in internal/fmtsort order;
// their entries come from Host::map_entries.
//
// Not supported: fmt.Formatter (Format(State, rune)) — operands that implement it are
// printed as if they did not.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lib/host.h"
#include "lib/native.h"

namespace gs::lib::fmt {

std::string sprint(std::span<const GoEface> args, Host& host);
std::string sprintln(std::span<const GoEface> args, Host& host);
std::string sprintf(std::string_view format, std::span<const GoEface> args, Host& host);

struct ErrorfText {
  std::string text;
  std::vector<int64_t> wrapped;  // operand index of each %w, in the order met
  bool reordered = false;        // the format used explicit argument indexes
};
ErrorfText errorf(std::string_view format, std::span<const GoEface> args, Host& host);

}  // namespace gs::lib::fmt
