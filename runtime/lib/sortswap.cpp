// sortswap.cpp — the natives of package sort (lib/go/sort.go declares them):
// what reflect gives Go's sort.Slice — the length of any slice held in an `any`,
// and swapping two of its elements.
//
// Invariant: the frame layout of each native is native.h's for the quoted
// declaration; panics carry the texts of Go 1.23's reflect (Swapper, Value.Len).
#include <string>
#include <utility>

#include "lib/native.h"

namespace gs::lib {
namespace {

// Go's reflect.ValueError text for calling `method` on a value of type t.
std::string value_error(const char* method, const types::Type* t) {
  if (!t) return std::string("reflect: call of ") + method + " on zero Value";
  return std::string("reflect: call of ") + method + " on " + types::kind_name(t->kind) + " Value";
}

// func sliceLen(x any, forSwapper bool) int
void native_slice_len(uint8_t* f) {
  GoEface x = arg<GoEface>(f, 0);
  bool for_swapper = arg<uint8_t>(f, 16) != 0;
  const types::Type* t = x.dynamic_type();
  int64_t n = 0;
  if (t && t->kind == types::Kind::Slice) {
    n = static_cast<const GoSlice*>(x.value_ptr())->len;
  } else if (!for_swapper && t && t->kind == types::Kind::Array) {
    n = static_cast<int64_t>(t->array_type()->len);
  } else if (!for_swapper && t && t->kind == types::Kind::String) {
    n = static_cast<const GoString*>(x.value_ptr())->len;
  } else {
    return raise_panic(value_error(for_swapper ? "Swapper" : "reflect.Value.Len", t));
  }
  put(f, 24, n);
}

// func sliceSwap(x any, i, j int)
void native_slice_swap(uint8_t* f) {
  GoEface x = arg<GoEface>(f, 0);
  int64_t i = arg<int64_t>(f, 16), j = arg<int64_t>(f, 24);
  const types::Type* t = x.dynamic_type();
  if (!t || t->kind != types::Kind::Slice) return raise_panic(value_error("Swapper", t));
  const GoSlice* s = static_cast<const GoSlice*>(x.value_ptr());
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s->len) ||
      static_cast<uint64_t>(j) >= static_cast<uint64_t>(s->len))
    return raise_panic("reflect: slice index out of range");
  if (i == j) return;
  uint64_t size = t->slice_type()->elem->size;
  auto* base = static_cast<uint8_t*>(s->data());
  uint8_t* a = base + static_cast<uint64_t>(i) * size;
  uint8_t* b = base + static_cast<uint64_t>(j) * size;
  for (uint64_t k = 0; k < size; k++) std::swap(a[k], b[k]);
}

const Native kSortNatives[] = {
    {"sort", "sliceLen", native_slice_len},
    {"sort", "sliceSwap", native_slice_swap},
};

}  // namespace

std::span<const Native> sort_natives() { return kSortNatives; }

}  // namespace gs::lib
