// strconv.cpp — the natives of package strconv (lib/go/strconv.go declares them; the
// prelude builds *NumError values from the codes returned here).
// Invariant: each native reads and writes its frame exactly as native.h's ABI lays out
// the prelude's declaration quoted above it, and panics with Go's texts. Signatures are
// chosen so that every parameter and result but the last of each list is 8 bytes wide:
// then natural alignment (native.h) and the compiler's one-slot-per-value layout agree.
// Bool results are written as whole zero-extended words for the same reason.
#include <cstdint>

#include "lib/native.h"
#include "lib/strconv_format.h"

namespace gs::lib {

namespace {

namespace sc = gs::lib::strconv;

bool valid_int_base(int64_t base) { return base >= 2 && base <= 36; }

// func formatInt(i int64, base int) string
void native_format_int(uint8_t* frame) {
  int64_t base = arg<int64_t>(frame, 8);
  if (!valid_int_base(base)) return raise_panic("strconv: illegal AppendInt/FormatInt base");
  put(frame, 16, make_string(sc::format_int(arg<int64_t>(frame, 0), static_cast<int>(base))));
}

// func formatUint(u uint64, base int) string
void native_format_uint(uint8_t* frame) {
  int64_t base = arg<int64_t>(frame, 8);
  if (!valid_int_base(base)) return raise_panic("strconv: illegal AppendInt/FormatInt base");
  put(frame, 16, make_string(sc::format_uint(arg<uint64_t>(frame, 0), static_cast<int>(base))));
}

// func formatFloat(f float64, fmt byte, prec int, bitSize int) string
void native_format_float(uint8_t* frame) {
  int64_t bit_size = arg<int64_t>(frame, 24);
  if (bit_size != 32 && bit_size != 64) return raise_panic("strconv: illegal AppendFloat/FormatFloat bitSize");
  int64_t prec = arg<int64_t>(frame, 16);
  // Precisions beyond what any float needs still produce that many zeros; clamp only
  // to keep int conversion defined (Go would run out of memory long before).
  if (prec > (int64_t{1} << 30)) prec = int64_t{1} << 30;
  if (prec < -1) prec = -1;
  std::string s = sc::format_float(arg<double>(frame, 0), static_cast<char>(arg<uint8_t>(frame, 8)),
                                   static_cast<int>(prec), static_cast<int>(bit_size));
  put(frame, 32, make_string(s));
}

int clamp_int(int64_t v) {
  if (v > (int64_t{1} << 30)) return 1 << 30;
  if (v < -(int64_t{1} << 30)) return -(1 << 30);
  return static_cast<int>(v);
}

// func parseInt(s string, base int, bitSize int) (i int64, code int)
void native_parse_int(uint8_t* frame) {
  int64_t v;
  sc::ParseError e = sc::parse_int(arg<GoString>(frame, 0).view(), clamp_int(arg<int64_t>(frame, 16)),
                                   clamp_int(arg<int64_t>(frame, 24)), &v);
  put(frame, 32, v);
  put(frame, 40, static_cast<int64_t>(e));
}

// func parseUint(s string, base int, bitSize int) (u uint64, code int)
void native_parse_uint(uint8_t* frame) {
  uint64_t v;
  sc::ParseError e = sc::parse_uint(arg<GoString>(frame, 0).view(), clamp_int(arg<int64_t>(frame, 16)),
                                    clamp_int(arg<int64_t>(frame, 24)), &v);
  put(frame, 32, v);
  put(frame, 40, static_cast<int64_t>(e));
}

// func parseFloat(s string, bitSize int) (f float64, code int)
void native_parse_float(uint8_t* frame) {
  double v;
  sc::ParseError e = sc::parse_float(arg<GoString>(frame, 0).view(), clamp_int(arg<int64_t>(frame, 16)), &v);
  put(frame, 24, v);
  put(frame, 32, static_cast<int64_t>(e));
}

// func quote(s string, ascii bool) string
void native_quote(uint8_t* frame) {
  put(frame, 24, make_string(sc::quote(arg<GoString>(frame, 0).view(), arg<uint8_t>(frame, 16) != 0)));
}

// func quoteRune(r int, ascii bool) string
void native_quote_rune(uint8_t* frame) {
  int64_t r = arg<int64_t>(frame, 0);
  int32_t rune = r < INT32_MIN || r > INT32_MAX ? -1 : static_cast<int32_t>(r);
  put(frame, 16, make_string(sc::quote_rune(rune, arg<uint8_t>(frame, 8) != 0)));
}

// func CanBackquote(s string) bool
void native_can_backquote(uint8_t* frame) {
  put(frame, 16, static_cast<uint64_t>(sc::can_backquote(arg<GoString>(frame, 0).view())));
}

// func IsPrint(r rune) bool
void native_is_print(uint8_t* frame) {
  int32_t r = arg<int32_t>(frame, 0);
  put(frame, 8, static_cast<uint64_t>(r >= 0 && sc::is_print(static_cast<uint32_t>(r))));
}

// func unquote(s string) (out string, ok bool)
void native_unquote(uint8_t* frame) {
  std::string out;
  bool ok = sc::unquote(arg<GoString>(frame, 0).view(), &out);
  put(frame, 16, ok ? make_string(out) : GoString{});
  put(frame, 32, static_cast<uint64_t>(ok));
}

// func unquoteChar(s string, quote byte) (value int, multibyte bool, consumed int, ok bool)
void native_unquote_char(uint8_t* frame) {
  uint32_t value;
  bool multibyte;
  size_t consumed;
  bool ok = sc::unquote_char(arg<GoString>(frame, 0).view(), static_cast<char>(arg<uint8_t>(frame, 16)), &value,
                             &multibyte, &consumed);
  put(frame, 24, static_cast<int64_t>(value));
  put(frame, 32, static_cast<uint64_t>(multibyte));
  put(frame, 40, static_cast<int64_t>(consumed));
  put(frame, 48, static_cast<uint64_t>(ok));
}

const Native kStrconvNatives[] = {
    {"strconv", "formatInt", native_format_int},
    {"strconv", "formatUint", native_format_uint},
    {"strconv", "formatFloat", native_format_float},
    {"strconv", "parseInt", native_parse_int},
    {"strconv", "parseUint", native_parse_uint},
    {"strconv", "parseFloat", native_parse_float},
    {"strconv", "quote", native_quote},
    {"strconv", "quoteRune", native_quote_rune},
    {"strconv", "CanBackquote", native_can_backquote},
    {"strconv", "IsPrint", native_is_print},
    {"strconv", "unquote", native_unquote},
    {"strconv", "unquoteChar", native_unquote_char},
};

}  // namespace

std::span<const Native> strconv_natives() { return kStrconvNatives; }

}  // namespace gs::lib
