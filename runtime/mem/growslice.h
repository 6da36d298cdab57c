// growslice.h — the capacity append chooses when a slice must grow (Go 1.23:
// runtime/slice.go's growslice and nextslicecap), as pure functions, and the
// growslice operation built on them.
//
// Invariant: results equal real Go 1.23 on amd64 for every element size, with and
// without pointers (tests/go/growslice/caps.want is real Go's output).
#pragma once
#include <cstdint>

namespace gs::types {
struct Type;
}

namespace gs::mem {

// Go's nextslicecap: double below 256 elements, then grow by (cap + 3*256)/4 until
// new_len fits; new_len itself if doubling isn't enough or on overflow.
int64_t next_slice_cap(int64_t new_len, int64_t old_cap);

struct SliceGrowth {
  int64_t cap = 0;         // the new capacity
  uint64_t bytes = 0;      // cap * elem_size: what growslice asks mallocgc for
  bool overflow = false;   // Go panics: "growslice: len out of range"
};

// growslice's sizing: next_slice_cap, then the byte size rounded up by roundupsize
// (size class or page; pointerful blocks over 512 bytes lose 8 bytes to the malloc
// header) and converted back to whole elements. elem_size 0 gives cap = needed_len.
SliceGrowth grow_slice(int64_t old_cap, int64_t needed_len, uint64_t elem_size, bool noscan);

// The capacity alone; -1 where Go would panic (needed_len < 0 or too large).
int64_t new_cap(int64_t old_cap, int64_t needed_len, uint64_t elem_size, bool noscan);

// The slice append gets back (Go: runtime.slice, with len/cap as Go ints).
struct GrownSlice {
  void* ptr = nullptr;
  int64_t len = 0;
  int64_t cap = 0;
  bool overflow = false;       // Go panics: "growslice: len out of range"
  bool out_of_memory = false;  // mallocgc refused: "fatal error: out of memory"
};

// Go: growslice(oldPtr, newLen, oldCap, num, et) — append needs room for num more
// elements past old_len = new_len - num. Allocates the new backing array through
// mallocgc on the thread's heap, copies the old elements, and leaves the rest
// zeroed (append then writes [old_len, new_len)). Zero-size elements share
// zerobase. The write barrier over the copied pointers arrives with the GC.
GrownSlice growslice(const void* old_ptr, int64_t new_len, int64_t old_cap, int64_t num, const types::Type* et);

}  // namespace gs::mem
