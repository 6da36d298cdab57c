// sortswap.cpp — the natives of package sort (lib/go/sort.go declares them):
// what reflect gives Go's sort.Slice — the length and kind of the value held in an
// `any`, and swapping two elements of a slice.
//
// Invariant: the frame layout of each native is native.h's for the quoted
// declaration.
#include <utility>

#include "lib/native.h"
#include "mem/mbarrier.h"

namespace gs::lib {
namespace {

// func sliceInfo(x any) (n int, kind string)
// The length of the slice, array or string in x, and Go's name of x's kind
// ("" for a nil interface); n is -1 for other kinds. The prelude raises
// reflect's ValueError itself, so the panic value is an error as in Go.
void native_slice_info(uint8_t* f) {
  GoEface x = arg<GoEface>(f, 0);
  const types::Type* t = x.dynamic_type();
  int64_t n = -1;
  if (t && t->kind == types::Kind::Slice) n = static_cast<const GoSlice*>(x.value_ptr())->len;
  if (t && t->kind == types::Kind::Array) n = static_cast<int64_t>(t->array_type()->len);
  if (t && t->kind == types::Kind::String) n = static_cast<const GoString*>(x.value_ptr())->len;
  put(f, 16, n);
  put(f, 24, t ? make_string(types::kind_name(t->kind)) : GoString{});
}

// func sliceSwap(x any, i, j int)
void native_slice_swap(uint8_t* f) {
  GoEface x = arg<GoEface>(f, 0);
  int64_t i = arg<int64_t>(f, 16), j = arg<int64_t>(f, 24);
  const types::Type* t = x.dynamic_type();
  if (!t || t->kind != types::Kind::Slice) return raise_panic("reflect: Swapper of a non-slice");  // sliceInfo vetted x
  const GoSlice* s = static_cast<const GoSlice*>(x.value_ptr());
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s->len) ||
      static_cast<uint64_t>(j) >= static_cast<uint64_t>(s->len))
    return raise_panic("reflect: slice index out of range");
  if (i == j) return;
  const types::Type* elem = t->slice_type()->elem;
  uint64_t size = elem->size;
  auto* base = static_cast<uint8_t*>(s->data());
  uint8_t* a = base + static_cast<uint64_t>(i) * size;
  uint8_t* b = base + static_cast<uint64_t>(j) * size;
  // Both slots are overwritten: while the GC marks, the barrier shades both old
  // values first (the marker may have scanned one slot and not the other).
  if (elem->pointers() && mem::write_barrier_enabled()) {
    mem::write_barrier_shade(a, nullptr, elem);
    mem::write_barrier_shade(b, nullptr, elem);
  }
  for (uint64_t k = 0; k < size; k++) std::swap(a[k], b[k]);
}

const Native kSortNatives[] = {
    {"sort", "sliceInfo", native_slice_info},
    {"sort", "sliceSwap", native_slice_swap},
};

}  // namespace

std::span<const Native> sort_natives() { return kSortNatives; }

}  // namespace gs::lib
