// mbitmap.cpp — writing a small object's heap bits (Go: mbitmap.go's
// writeHeapBitsSmall). Invariant: see mbitmap.h — all elemsize/8 bits of the slot
// are written, the words touched with relaxed atomics.
#include "mem/mbitmap.h"

namespace gs::mem {

void write_heap_bits_small(MSpan* s, uintptr_t x, uint64_t data_size, const types::Type* typ) {
  const uint64_t nwords = s->elemsize / kWordBytes;  // <= 64
  uint64_t src = 0;
  if (typ != nullptr && typ->pointers()) {
    if (nwords == 1) {
      src = 1;  // an 8-byte scan object is one pointer word
    } else {
      for_each_typed_pointer_word(0, data_size, typ,
                                  [&](uintptr_t at) { src |= uint64_t{1} << (at / kWordBytes); });
    }
  }
  uint64_t* bits = s->heap_bits();
  uint64_t first_word = (x - s->start) / kWordBytes;
  uint64_t i = first_word / 64, shift = first_word % 64;
  uint64_t mask = nwords >= 64 ? ~uint64_t{0} : (uint64_t{1} << nwords) - 1;
  uint64_t old = __atomic_load_n(&bits[i], __ATOMIC_RELAXED);
  __atomic_store_n(&bits[i], (old & ~(mask << shift)) | (src << shift), __ATOMIC_RELAXED);
  if (shift != 0 && shift + nwords > 64) {
    uint64_t old2 = __atomic_load_n(&bits[i + 1], __ATOMIC_RELAXED);
    uint64_t hi_mask = mask >> (64 - shift);
    __atomic_store_n(&bits[i + 1], (old2 & ~hi_mask) | (src >> (64 - shift)), __ATOMIC_RELAXED);
  }
}

}  // namespace gs::mem
