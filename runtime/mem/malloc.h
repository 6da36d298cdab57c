// malloc.h — the allocation seam every Go heap object comes through (Go:
// runtime/malloc.go's mallocgc), and the per-run Heap behind it.
//
// Invariants:
//  * mallocgc is the only way Go-visible memory is made (DESIGN.md seam 3); its
//    signature, the type it receives and its zeroing rules are final. Blocks are
//    chosen exactly as Go 1.23 chooses them: the tiny allocator for pointer-free
//    requests under 16 bytes, size classes up to 32760 bytes (objects with pointers
//    over 512 bytes get an 8-byte header holding their type, and the caller's
//    pointer is just past it), whole 8 KiB pages above.
//  * What mallocgc returns is zeroed whenever needzero is true or the type has
//    pointers. (Today every block is fresh memory, zero from the OS, and is never
//    reused: there is no GC yet, so nothing is freed until the Heap is destroyed.)
//  * A Heap belongs to one run and owns everything allocated from it: destroying
//    it releases all of its memory at once (DESIGN.md seam 9).
//  * Thread-safe: any number of Ms may allocate from one Heap concurrently.
//
// Issue 5 replaces the insides (mheap/mcentral/mcache, spans with alloc bits, the
// GC) behind the same mallocgc. Today: per span class, a bump cursor through the
// current span; spans of Go's page count per class are carved from 64 KiB chunks
// taken from the OS (bigger spans and large objects get their own OS block).
#pragma once
#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

#include "mem/sizeclasses.h"

namespace gs::types {
struct Type;
}

namespace gs::mem {

struct ClassCounts {
  uint64_t objects = 0;  // blocks of this class handed out
  uint64_t bytes = 0;    // objects * class size
  uint64_t spans = 0;    // spans started for this class
};

struct HeapStats {
  uint64_t mallocs = 0;          // objects handed out, tiny ones included (Go: MemStats.Mallocs)
  uint64_t tiny_allocs = 0;      // requests packed into an existing 16-byte tiny block
  uint64_t bytes_allocated = 0;  // block bytes handed out (Go: TotalAlloc)
  uint64_t large_objects = 0;    // objects over 32760 bytes, each its own page run
  uint64_t large_bytes = 0;
  uint64_t sys_bytes = 0;        // bytes obtained from the OS
  uint64_t os_blocks = 0;        // 64 KiB chunks plus dedicated blocks
  ClassCounts by_class[kNumSizeClasses];  // [0] unused: large objects are counted above
};

class Heap {
 public:
  struct Options {
    uint64_t limit_bytes = 0;  // most bytes taken from the OS; 0 = no limit
  };
  Heap();
  explicit Heap(Options options);
  ~Heap();  // releases every block this heap ever handed out
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Allocates an object of `size` bytes for a value of type `typ` (nullptr: no
  // pointers, e.g. a byte buffer). Size 0 returns the address of this heap's
  // zerobase. Returns nullptr when the heap limit or the OS refuses — the caller
  // raises Go's "fatal error: out of memory".
  void* mallocgc(uint64_t size, const types::Type* typ, bool needzero);

  HeapStats stats() const;
  // Whether p points into memory this heap obtained (for tests and assertions).
  bool owns(const void* p) const;
  const void* zerobase() const { return zerobase_; }

 private:
  struct SpanClassState {
    std::mutex mu;
    char* next = nullptr;  // next free object in the current span
    char* end = nullptr;   // end of the current span's objects
  };
  struct Counters {
    std::atomic<uint64_t> objects{0}, spans{0};
  };
  struct OsBlock {
    void* raw;
    uintptr_t begin, end;
  };

  void* alloc_small(uint8_t size_class, bool noscan);
  void* alloc_tiny(uint64_t size);
  char* alloc_pages(uint64_t npages);          // takes pages_mu_
  char* os_alloc_locked(uint64_t bytes);       // pages_mu_ held

  Options options_;
  SpanClassState span_classes_[2 * kNumSizeClasses];  // index: class<<1 | noscan (Go: spanClass)
  Counters class_counts_[kNumSizeClasses];

  std::mutex tiny_mu_;
  char* tiny_ = nullptr;       // current 16-byte tiny block (Go: mcache.tiny)
  uint64_t tiny_offset_ = 0;   // Go: mcache.tinyoffset

  mutable std::mutex pages_mu_;
  char* chunk_next_ = nullptr;
  char* chunk_end_ = nullptr;
  std::vector<OsBlock> os_blocks_;

  std::atomic<uint64_t> mallocs_{0}, tiny_allocs_{0}, bytes_allocated_{0}, large_objects_{0},
      large_bytes_{0}, sys_bytes_{0};
  alignas(8) char zerobase_[8] = {};
};

// The seam the VM calls: allocates from the Heap bound to the calling thread (an M
// binds its run's heap with BindHeap). Aborts if no heap is bound, as Go throws
// when mallocgc runs without a P. Size is 64-bit so a Go size never truncates on
// wasm32.
void* mallocgc(uint64_t size, const types::Type* typ, bool needzero);

// Go: newobject — one zeroed value of type typ.
void* newobject(const types::Type* typ);
// Go: newarray — n zeroed values of type typ; nullptr if n < 0 or the size
// overflows (Go panics "runtime: allocation size out of range") or memory runs out.
void* newarray(const types::Type* typ, int64_t n);

Heap* current_heap();

// Binds a heap to the calling thread for the scope's lifetime (restores the previous).
class BindHeap {
 public:
  explicit BindHeap(Heap* heap);
  ~BindHeap();
  BindHeap(const BindHeap&) = delete;
  BindHeap& operator=(const BindHeap&) = delete;

 private:
  Heap* previous_;
};

}  // namespace gs::mem
