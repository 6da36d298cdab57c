// mbarrier.h — the write barrier (Go: runtime/mbarrier.go, mwbbuf.go): the entry every
// store of a pointer into the heap or a global goes through (DESIGN.md seam 6), and
// the typed copies and clears runtime code uses for Go memory (typedmemmove,
// typedmemclr, typedslicecopy, bulkBarrierPreWrite).
//
// Go's barrier is the hybrid one (Yuasa deletion + Dijkstra insertion): while a
// collection marks, a store of pointer `new` into slot `*dst` first shades the
// pointer it overwrites and the pointer it writes. Shading the old value keeps every
// object that was reachable when marking began reachable by the marker (the
// snapshot); shading the new one lets stacks be scanned without being rescanned.
//
// Invariants:
//  * While no collection is marking, write_barrier_enabled() is false and a store
//    pays one predictable branch.
//  * Every overwrite or clear of pointer words in a heap object or a global by
//    runtime code goes through typedmemmove/typedmemclr/bulk_barrier (or
//    write_barrier_shade) before the memory changes. Stores into stack frames need
//    none: stacks are roots, scanned with their goroutine stopped.
//  * A shade is delivered to every collector that is marking (several runs may
//    share the process); each recognises only pointers into its own heap.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>

namespace gs::types {
struct Type;
}

namespace gs::mem {

// A marking collector: greys the object containing p if p points into its heap.
class BarrierShader {
 public:
  virtual ~BarrierShader() = default;
  virtual bool shade_from_barrier(uintptr_t p) = 0;  // false: not this heap's pointer
};

// Go: writeBarrier.enabled — true while at least one collector marks.
inline std::atomic<int>& write_barrier_marking_count() {
  static std::atomic<int> n{0};
  return n;
}
inline bool write_barrier_enabled() { return write_barrier_marking_count().load(std::memory_order_relaxed) != 0; }

// A collector starts (true) or stops (false) receiving shades. Called with the
// world stopped, before marking starts and after it ends.
void write_barrier_register(BarrierShader* shader, bool on);

// Shades one pointer value (0 and non-heap values are ignored).
void shade(uintptr_t p);
// Shades the pointer words about to be overwritten at dst and those being written
// from src (t: the stored type, by its pointer bitmap; nullptr for one pointer word;
// src may be nullptr for a clear).
void write_barrier_shade(void* dst, const void* src, const types::Type* t);
// Go: bulkBarrierPreWrite for n consecutive values of type elem.
void bulk_barrier(void* dst, const void* src, uint64_t n, const types::Type* elem);

// Go: typedmemmove / typedmemclr / typedslicecopy — memmove, memset 0 and a copy of
// n elements, each with the barrier first when the type holds pointers.
void typedmemmove(const types::Type* t, void* dst, const void* src);
void typedmemclr(const types::Type* t, void* dst);
void typedslicecopy(const types::Type* elem, void* dst, const void* src, uint64_t n);
void typedsliceclear(const types::Type* elem, void* dst, uint64_t n);
// One pointer word stored with the barrier (runtime code writing a Go pointer field).
void write_pointer(void* slot, uint64_t value);

}  // namespace gs::mem
