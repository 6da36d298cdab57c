// native.h — how Go code calls functions written in C++ (the part Go's runtime plays
// with assembly and //go:linkname'd functions), and the Go-layout value headers those
// functions read and write.
//
// A package we provide is a Go "prelude" file (lib/go/<pkg>.go, compiled like user
// code) whose body-less function declarations are bound by name to natives listed
// here. The prelude's declaration is the signature; the native reads its arguments
// from, and writes its results into, one frame buffer laid out by this fixed ABI:
//
//   * parameters in order, each starting at the next multiple of 8 (every parameter
//     has its own 8-byte-aligned slot; a bool, byte or rune still occupies only its
//     Go size at the start of the slot); a variadic ...T parameter is a []T slice
//     (24 bytes);
//   * results after the parameters, each at the next multiple of 8; the VM zeroes the
//     result slots before the call; the frame's size is rounded up to 8.
//   e.g. func Contains(s, substr string) bool: s@0, substr@16, result@32.
//        func f(a, b byte) (bool, bool): a@0, b@8, results @16 and @24.
//        func Atoi(s string) (int, string): s@0, results @16 and @24.
//
// Invariants:
//  * Values are in Go's amd64 layout on every build (DESIGN.md seam 1): a pointer is a
//    host address zero-extended into an 8-byte Word.
//  * Every Go-visible object a native creates comes from mem::mallocgc (seam 3), e.g.
//    a string's bytes through make_string.
//  * A native that must panic calls raise_panic / raise_runtime_error and returns at
//    once; the VM turns the pending panic into a Go panic when the native returns.
//    Natives never throw C++ exceptions and never block without telling the scheduler.
#pragma once
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

#include "types/type.h"

namespace gs::lib {

using types::Word;

// Go's string header (reflect.StringHeader): data pointer word, length.
struct GoString {
  Word ptr = 0;
  int64_t len = 0;
  std::string_view view() const {
    return len ? std::string_view(static_cast<const char*>(types::ptr_from_word(ptr)), static_cast<size_t>(len))
               : std::string_view();
  }
};
static_assert(sizeof(GoString) == 16);

// Go's slice header: data pointer word, len, cap.
struct GoSlice {
  Word ptr = 0;
  int64_t len = 0;
  int64_t cap = 0;
  void* data() const { return types::ptr_from_word(ptr); }
};
static_assert(sizeof(GoSlice) == 24);

// interface{} in memory (Go: eface): the dynamic type's descriptor, and the data word.
// Interfaces with methods (Go: iface) hold an itab pointer instead of the type; every
// itab begins with types::ItabHeader{inter, type}. The data word holds the value
// itself when type->direct_iface (pointer-shaped types: pointers, maps, chans, funcs,
// unsafe.Pointer, and structs/arrays of exactly one such field); otherwise it points
// to the value. A nil interface has type (or tab) 0.
struct GoEface {
  Word type = 0;
  Word data = 0;
  const types::Type* dynamic_type() const { return static_cast<const types::Type*>(types::ptr_from_word(type)); }
  // Address of the value: &data for direct_iface types, else the data pointer.
  const void* value_ptr() const {
    const types::Type* t = dynamic_type();
    return t && t->direct_iface ? static_cast<const void*>(&data) : types::ptr_from_word(data);
  }
};
static_assert(sizeof(GoEface) == 16);

struct GoIface {
  Word tab = 0;
  Word data = 0;
  const types::Type* dynamic_type() const {
    if (!tab) return nullptr;
    auto* h = static_cast<const types::ItabHeader*>(types::ptr_from_word(tab));
    return static_cast<const types::Type*>(types::ptr_from_word(h->type));
  }
  GoEface as_eface() const { return GoEface{types::word_from_ptr(dynamic_type()), data}; }
};
static_assert(sizeof(GoIface) == 16);

// Reads/writes a value of type T at byte offset off of a native's frame.
template <typename T>
T arg(const uint8_t* frame, size_t off) {
  T v;
  std::memcpy(&v, frame + off, sizeof(T));
  return v;
}
template <typename T>
void put(uint8_t* frame, size_t off, const T& v) {
  std::memcpy(frame + off, &v, sizeof(T));
}

// A new Go string holding bytes (allocated through mallocgc, pointer-free).
GoString make_string(std::string_view bytes);

using NativeFn = void (*)(uint8_t* frame);

// One native: bound to the body-less declaration `func name(...)` in package pkg.
struct Native {
  std::string_view pkg;
  std::string_view name;
  NativeFn fn;
};

// Each package's natives (defined in lib/<pkg>.cpp).
std::span<const Native> strings_natives();
std::span<const Native> strconv_natives();
std::span<const Native> math_natives();
std::span<const Native> fmt_natives();
std::span<const Native> sort_natives();
std::span<const Native> unicode_natives();
std::span<const Native> os_natives();
std::span<const Native> errors_natives();
std::span<const Native> atomic_natives();  // sync/atomic and sync (lib/atomic.cpp)
std::span<const Native> reflect_natives();  // lib/reflect.cpp
// All natives of all packages.
std::span<const Native> all_natives();
// The native bound to pkg.name, or nullptr.
const Native* find_native(std::string_view pkg, std::string_view name);

// ---- panics raised by natives ----
// panic(errors.New-like string value): e.g. "strings: negative Repeat count".
void raise_panic(std::string message);
// A runtime.Error: message without the "runtime error: " prefix, which Go's
// runtime.Error's Error() adds (e.g. "index out of range [5] with length 3").
void raise_runtime_error(std::string message);

struct PendingPanic {
  bool pending = false;
  bool runtime_error = false;
  std::string message;
};
// The calling thread's pending panic (the VM takes it after each native call).
PendingPanic& pending_panic();

}  // namespace gs::lib

// ---- Go's plainError (appended for runtime/maps) ----
namespace gs::lib {
// panic(plainError(message)): a runtime.Error whose Error() is message itself, with no
// "runtime error: " prefix (e.g. "assignment to entry in nil map"). Sets
// pending_panic() as raise_runtime_error does and marks it plain.
void raise_plain_runtime_error(std::string message);
// Whether the pending panic is the one raise_plain_runtime_error raised (not replaced
// since by raise_panic / raise_runtime_error). Integrator: fold this into
// PendingPanic as a field when convenient.
bool pending_panic_is_plain();
}  // namespace gs::lib
