// host.h — what package code written in C++ needs from the running program: its
// output streams, calling a Go method on a value, and walking a map. The VM installs
// one Host per M thread while it runs Go code (lib never reaches into the VM).
//
// Invariant: current_host() is non-null on any thread that is executing a native
// called from Go code; natives never keep the pointer past their return.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "types/type.h"

namespace gs::lib {

class Host {
 public:
  virtual ~Host() = default;
  // Writes bytes to the program's fd (1 stdout, 2 stderr); returns bytes written.
  virtual int64_t write(int fd, std::string_view bytes) = 0;
  // If type t's method set has `name` with signature func() string (fmt's "Error"
  // and "String"), calls it on the value at `value` (the value itself, laid out as
  // type t) and stores the result in out. Returns false when there is no such method.
  // If the method panics, returns true with *panicked set and out holding the panic
  // value's text (fmt prints "%!v(PANIC=String method: ...)").
  virtual bool call_string_method(const types::Type* t, const void* value, std::string_view name,
                                  std::string& out, bool* panicked) = 0;
  // Appends (key pointer, elem pointer) for every entry of the map `map_word` (a Go
  // map value: one pointer word, 0 for nil) of map type mt, in iteration order.
  // The itab for (interface type inter, concrete type t) — Go's getitab — or nullptr
  // when t does not implement inter. What a non-empty interface's first word holds.
  virtual const void* itab(const types::Type* inter, const types::Type* t) {
    (void)inter;
    (void)t;
    return nullptr;
  }
  virtual void map_entries(const types::Type* mt, types::Word map_word,
                           std::vector<std::pair<const void*, const void*>>& out) = 0;
};

// The calling thread's host (set by the VM around Go execution; tests set their own).
Host*& current_host();

}  // namespace gs::lib
