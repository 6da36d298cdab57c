// mbitmap.h — where the pointers of a heap object are (Go: runtime/mbitmap.go):
// heap bits at the end of small scan spans, the 8-byte malloc header of pointerful
// objects over 512 bytes, and the largeType of a large object's span.
//
// Invariants:
//  * For a span with has_heap_bits(), bit w of heap_bits() says whether the 8-byte
//    word at start + 8*w may hold a pointer. mallocgc writes all elemsize/8 bits of a
//    slot when it hands the slot out (those past the requested size are 0), before
//    returning it; words are read and written with relaxed atomics because a marker
//    may read a neighbouring slot's bits at the same time.
//  * A headered object's first word is its type (a Go word: zero-extended on wasm32),
//    stored with release order before the object is returned; its pointer words are
//    found by repeating the type's pointer bitmap every type->size bytes from just
//    past the header up to the slot's end. A large object does the same from its
//    first byte with the span's large_type.
//  * Noscan spans have no pointer words.
#pragma once
#include <cstdint>

#include "mem/mheap.h"
#include "types/type.h"

namespace gs::mem {

// Writes the heap bits of the slot at x in span s (has_heap_bits()) for an object of
// data_size bytes made of copies of typ (Go: writeHeapBitsSmall).
void write_heap_bits_small(MSpan* s, uintptr_t x, uint64_t data_size, const types::Type* typ);

// The 64 or fewer heap bits of the slot at x (bit 0 = the slot's first word).
inline uint64_t read_heap_bits_small(const MSpan* s, uintptr_t x) {
  const uint64_t* bits = s->heap_bits();
  uint64_t first_word = (x - s->start) / kWordBytes;
  uint64_t nwords = s->elemsize / kWordBytes;
  uint64_t i = first_word / 64, shift = first_word % 64;
  uint64_t v = __atomic_load_n(&bits[i], __ATOMIC_RELAXED) >> shift;
  if (shift != 0 && shift + nwords > 64) v |= __atomic_load_n(&bits[i + 1], __ATOMIC_RELAXED) << (64 - shift);
  return nwords >= 64 ? v : v & ((uint64_t{1} << nwords) - 1);
}

// The type in a headered object's header (nullptr while it is being allocated).
inline const types::Type* read_malloc_header(uintptr_t base) {
  uint64_t w = __atomic_load_n(reinterpret_cast<const uint64_t*>(base), __ATOMIC_ACQUIRE);
  return static_cast<const types::Type*>(types::ptr_from_word(w));
}

// Calls f(address) for each pointer word of `len` bytes at addr laid out as copies
// of t (the last copy may be cut short).
template <class F>
void for_each_typed_pointer_word(uintptr_t addr, uint64_t len, const types::Type* t, F&& f) {
  if (t == nullptr || !t->pointers() || t->size == 0) return;
  const uint64_t ptr_words = (t->ptrdata + kWordBytes - 1) / kWordBytes;
  for (uint64_t off = 0; off < len; off += t->size) {
    uint64_t words = ptr_words;
    if (off + words * kWordBytes > len) words = (len - off) / kWordBytes;
    for (uint64_t byte = 0; byte * 8 < words; byte++) {
      uint8_t bits = t->gcdata[byte];
      while (bits != 0) {
        unsigned b = static_cast<unsigned>(__builtin_ctz(bits));
        bits &= static_cast<uint8_t>(bits - 1);
        uint64_t w = byte * 8 + b;
        if (w < words) f(addr + static_cast<uintptr_t>(off + w * kWordBytes));
      }
    }
  }
}

// Calls f(uintptr_t slot_address) for every 8-byte word of obj that may hold a
// pointer, per the type information recorded when it was allocated.
template <class F>
void for_each_pointer_word(const ObjectRef& obj, F&& f) {
  const MSpan* s = obj.span;
  if (s->noscan()) return;
  if (s->size_class() == 0) {
    for_each_typed_pointer_word(obj.base, s->elemsize, __atomic_load_n(&s->large_type, __ATOMIC_ACQUIRE), f);
    return;
  }
  if (s->has_heap_bits()) {
    uint64_t bits = read_heap_bits_small(s, obj.base);
    while (bits != 0) {
      unsigned w = static_cast<unsigned>(__builtin_ctzll(bits));
      bits &= bits - 1;
      f(obj.base + w * kWordBytes);
    }
    return;
  }
  for_each_typed_pointer_word(obj.base + kMallocHeaderSize, s->elemsize - kMallocHeaderSize,
                              read_malloc_header(obj.base), f);
}

}  // namespace gs::mem
