// growslice.cpp — append's growth (Go 1.23 runtime/slice.go): the next capacity,
// rounding its byte size up to what the allocator really hands out, and the
// growslice operation that allocates and copies.
//
// Invariant: the sizing functions are pure and give the same answers natively and
// in wasm (all arithmetic is 64-bit, as on amd64); growslice only allocates
// through mallocgc.
#include "mem/growslice.h"

#include <cstring>

#include "mem/malloc.h"
#include "mem/sizeclasses.h"
#include "types/type.h"

namespace gs::mem {

int64_t next_slice_cap(int64_t new_len, int64_t old_cap) {
  int64_t cap = old_cap;
  int64_t doubled = cap + cap;
  if (new_len > doubled) return new_len;
  constexpr int64_t kThreshold = 256;
  if (old_cap < kThreshold) return doubled;
  for (;;) {
    // From 2x for small slices towards 1.25x for large ones, smoothly.
    cap = static_cast<int64_t>(static_cast<uint64_t>(cap) + ((static_cast<uint64_t>(cap) + 3 * kThreshold) >> 2));
    // One unsigned comparison catches both "big enough" and wrap-around.
    if (static_cast<uint64_t>(cap) >= static_cast<uint64_t>(new_len)) break;
  }
  if (cap <= 0) return new_len;
  return cap;
}

SliceGrowth grow_slice(int64_t old_cap, int64_t needed_len, uint64_t elem_size, bool noscan) {
  SliceGrowth g;
  if (needed_len < 0) {
    g.overflow = true;
    return g;
  }
  if (elem_size == 0) {  // all zero-size slices share zerobase
    g.cap = needed_len;
    return g;
  }
  uint64_t cap = static_cast<uint64_t>(next_slice_cap(needed_len, old_cap));
  uint64_t bytes = 0;
  bool overflow = __builtin_mul_overflow(cap, elem_size, &bytes);
  if (!overflow && bytes > kMaxAlloc) overflow = true;
  if (overflow) {
    g.overflow = true;
    return g;
  }
  bytes = roundupsize(bytes, noscan);
  if (bytes > kMaxAlloc) {
    g.overflow = true;
    return g;
  }
  cap = bytes / elem_size;
  g.cap = static_cast<int64_t>(cap);
  g.bytes = cap * elem_size;
  return g;
}

int64_t new_cap(int64_t old_cap, int64_t needed_len, uint64_t elem_size, bool noscan) {
  SliceGrowth g = grow_slice(old_cap, needed_len, elem_size, noscan);
  return g.overflow ? -1 : g.cap;
}

GrownSlice growslice(const void* old_ptr, int64_t new_len, int64_t old_cap, int64_t num, const types::Type* et) {
  GrownSlice out;
  int64_t old_len = new_len - num;
  if (new_len < 0 || old_len < 0) {
    out.overflow = true;
    return out;
  }
  if (et->size == 0) {
    out.ptr = const_cast<void*>(current_heap()->zerobase());
    out.len = out.cap = new_len;
    return out;
  }
  SliceGrowth g = grow_slice(old_cap, new_len, et->size, !et->pointers());
  if (g.overflow) {
    out.overflow = true;
    return out;
  }
  uint64_t old_bytes = static_cast<uint64_t>(old_len) * et->size;
  char* p;
  if (!et->pointers()) {
    // Only the part append won't overwrite needs clearing.
    p = static_cast<char*>(mallocgc(g.bytes, nullptr, false));
    if (p == nullptr) {
      out.out_of_memory = true;
      return out;
    }
    uint64_t new_bytes = static_cast<uint64_t>(new_len) * et->size;
    std::memset(p + new_bytes, 0, static_cast<size_t>(g.bytes - new_bytes));
  } else {
    // Pointerful memory is always fully zeroed: the GC may scan it at once.
    p = static_cast<char*>(mallocgc(g.bytes, et, true));
    if (p == nullptr) {
      out.out_of_memory = true;
      return out;
    }
  }
  if (old_bytes > 0) std::memmove(p, old_ptr, static_cast<size_t>(old_bytes));
  out.ptr = p;
  out.len = new_len;
  out.cap = g.cap;
  return out;
}

}  // namespace gs::mem
