// mheap.h — the heap's building blocks (Go: runtime/mheap.go, mpagealloc.go,
// mstats.go): arenas, the span descriptor MSpan with its alloc/mark bits and
// sweepgen, the page/span constants, and the plain structs the collector and the
// Allocator panel read (ObjectRef, MemStatsSnapshot, AllocSnapshot).
//
// Invariants:
//  * Every page of an in-use span maps to its MSpan in its arena's span table
//    (Go: heapArena.spans); pages of free spans map to nullptr. A span's start is
//    8 KiB aligned and a span never crosses an arena.
//  * allocBits/gcmarkBits live in runtime-internal memory (never the Go heap).
//    An object slot i is allocated iff i < freeindex || allocBits[i]; allocCount
//    counts those slots. Mark bits are only ever set atomically.
//  * sweepgen follows Go with h = the heap's sweepgen: s == h-2 needs sweeping,
//    h-1 is being swept, h is swept, h+1 was cached before sweep began (needs
//    sweeping), h+3 is swept and cached.
//  * Scan spans with elemsize <= 512 keep one heap bit per 8-byte word of the span
//    in the span's last spanbytes/64 bytes, and fewer objects fit (Go 1.22+).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "mem/sizeclasses.h"

namespace gs::types {
struct Type;
}

namespace gs::mem {

class Heap;

#ifdef __EMSCRIPTEN__
constexpr unsigned kArenaShift = 22;  // 4 MiB arenas from aligned_alloc
#else
constexpr unsigned kArenaShift = 26;  // 64 MiB arenas reserved with mmap (Go: heapArenaBytes)
#endif
constexpr uint64_t kArenaBytes = uint64_t{1} << kArenaShift;
constexpr uint64_t kPagesPerArena = kArenaBytes / kPageSize;
// The heap grows its usable (mapped) part of an arena in steps of this many pages,
// as Go's mheap.grow asks for at least 512 pages (4 MiB) at a time.
constexpr uint64_t kHeapGrowPages = 512;
constexpr int kNumSpanClasses = 2 * kNumSizeClasses;  // Go: numSpanClasses
constexpr uint64_t kWordBytes = 8;                    // a Go pointer word, on every build

using SpanClass = uint8_t;  // Go: spanClass = sizeclass<<1 | noscan
constexpr SpanClass make_span_class(int size_class, bool noscan) {
  return static_cast<SpanClass>((size_class << 1) | (noscan ? 1 : 0));
}
constexpr int span_class_size(SpanClass spc) { return spc >> 1; }
constexpr bool span_class_noscan(SpanClass spc) { return (spc & 1) != 0; }

// Go: mSpanState.
enum class SpanState : uint8_t { Free = 0, InUse = 1, Manual = 2 };

// Go: mspan. Fields written by the span's owner (an mcache or a sweeper holding the
// span by sweepgen); `state` and `sweepgen` are read by others atomically.
struct MSpan {
  uintptr_t start = 0;         // first byte (Go: startAddr)
  uint64_t npages = 0;
  uintptr_t limit = 0;         // end of the last object slot
  uint64_t elemsize = 0;       // bytes per slot (npages*8KiB for a large span)
  uint32_t nelems = 0;
  SpanClass spanclass = 0;
  uint8_t state = 0;           // SpanState; use get_state/set_state
  bool needzero = false;       // reused memory: must be cleared before handing out
  uint32_t freeindex = 0;      // slots below are allocated; search starts here
  uint32_t alloc_count = 0;
  uint32_t alloc_count_before_cache = 0;  // alloc_count when an mcache took the span
  uint32_t sweepgen = 0;       // atomic; see the protocol above
  uint64_t alloc_cache = 0;    // ~allocBits for 64 slots from freeindex's word, shifted
  uint64_t* alloc_bits = nullptr;
  uint64_t* gcmark_bits = nullptr;
  uint32_t bit_words = 0;      // words in use in each of the two bit arrays
  uint32_t bit_capacity = 0;   // words allocated for each (kept when the descriptor is reused)
  const types::Type* large_type = nullptr;  // class 0 scan spans: the object's type
  MSpan* next_unused = nullptr;             // the heap's pool of unused descriptors

  int size_class() const { return span_class_size(spanclass); }
  bool noscan() const { return span_class_noscan(spanclass); }
  // Go: heapBitsInSpan(elemsize) for a scan small span.
  bool has_heap_bits() const { return !noscan() && size_class() != 0 && elemsize <= kMinSizeForMallocHeader; }
  // Pointerful small objects over 512 bytes start with an 8-byte type header.
  bool has_header() const { return !noscan() && size_class() != 0 && elemsize > kMinSizeForMallocHeader; }
  uintptr_t base() const { return start; }
  uint64_t bytes() const { return npages * kPageSize; }
  SpanState get_state() const { return static_cast<SpanState>(__atomic_load_n(&state, __ATOMIC_ACQUIRE)); }
  void set_state(SpanState s) { __atomic_store_n(&state, static_cast<uint8_t>(s), __ATOMIC_RELEASE); }
  uint32_t load_sweepgen() const { return __atomic_load_n(&sweepgen, __ATOMIC_ACQUIRE); }
  void store_sweepgen(uint32_t g) { __atomic_store_n(&sweepgen, g, __ATOMIC_RELEASE); }
  bool cas_sweepgen(uint32_t from, uint32_t to) {
    return __atomic_compare_exchange_n(&sweepgen, &from, to, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
  }

  // Slot index of an address in [start, limit).
  uintptr_t object_index(uintptr_t p) const { return static_cast<uintptr_t>((p - start) / elemsize); }
  uintptr_t object_base(uintptr_t index) const { return start + static_cast<uintptr_t>(index * elemsize); }

  // Mark bits (Go: gcmarkBits): set atomically; try_mark says whether it was new.
  bool try_mark(uintptr_t index) {
    uint64_t bit = uint64_t{1} << (index % 64);
    uint64_t* w = &gcmark_bits[index / 64];
    if (__atomic_load_n(w, __ATOMIC_RELAXED) & bit) return false;
    return (__atomic_fetch_or(w, bit, __ATOMIC_RELAXED) & bit) == 0;
  }
  bool is_marked(uintptr_t index) const {
    return (__atomic_load_n(&gcmark_bits[index / 64], __ATOMIC_RELAXED) >> (index % 64)) & 1;
  }
  bool alloc_bit(uintptr_t index) const { return (alloc_bits[index / 64] >> (index % 64)) & 1; }
  // Go's view of a slot: allocated before freeindex, or by allocBits after it.
  bool slot_allocated(uintptr_t index) const { return index < freeindex || alloc_bit(index); }

  // The owner counts an allocation; others (snapshots) read alloc_count atomically.
  void bump_alloc_count() { __atomic_store_n(&alloc_count, alloc_count + 1, __ATOMIC_RELAXED); }
  uint32_t load_alloc_count() const { return __atomic_load_n(&alloc_count, __ATOMIC_RELAXED); }
  // Go: refillAllocCache — the inverted allocBits word holding slot 64*word.
  void refill_alloc_cache(uint32_t word) { alloc_cache = word < bit_words ? ~alloc_bits[word] : 0; }
  // Go: nextFreeIndex — the next free slot at or after freeindex (nelems if none);
  // advances freeindex past it. The caller counts the allocation.
  uint32_t next_free_index();
  // Go: nextFreeFast — the address of a free slot from alloc_cache alone, or 0.
  uintptr_t next_free_fast() {
    if (alloc_cache == 0) return 0;
    unsigned bit = static_cast<unsigned>(__builtin_ctzll(alloc_cache));
    uint32_t result = freeindex + bit;
    if (result >= nelems) return 0;
    uint32_t next = result + 1;
    if (next % 64 == 0 && next != nelems) return 0;
    alloc_cache = bit == 63 ? 0 : alloc_cache >> (bit + 1);
    freeindex = next;
    bump_alloc_count();
    return object_base(result);
  }
  // Start of the heap bits at the end of a span with has_heap_bits().
  uint64_t* heap_bits() const { return reinterpret_cast<uint64_t*>(start + bytes() - bytes() / 64); }
};

// An object found by Heap::find_object.
struct ObjectRef {
  uintptr_t base = 0;    // the slot's first byte (the header's, for headered objects)
  uint64_t size = 0;     // the slot's size (span elemsize)
  MSpan* span = nullptr;
  uintptr_t index = 0;   // slot index in the span
  bool try_mark() const { return span->try_mark(index); }
  bool is_marked() const { return span->is_marked(index); }
};

// runtime.MemStats' heap-side fields (Go: mstats.go), as Heap::mem_stats fills them.
// Stack and GC fields are the collector's/scheduler's to fill.
struct MemStatsSnapshot {
  uint64_t alloc = 0;          // == heap_alloc
  uint64_t total_alloc = 0;
  uint64_t sys = 0;            // heap_sys + mspan_sys + mcache_sys + other_sys + gc_bits_sys
  uint64_t mallocs = 0;
  uint64_t frees = 0;
  uint64_t heap_alloc = 0;
  uint64_t heap_sys = 0;
  uint64_t heap_idle = 0;
  uint64_t heap_inuse = 0;
  uint64_t heap_released = 0;
  uint64_t heap_objects = 0;
  uint64_t mspan_inuse = 0;
  uint64_t mspan_sys = 0;
  uint64_t mcache_inuse = 0;
  uint64_t mcache_sys = 0;
  uint64_t other_sys = 0;      // the heap's own bookkeeping (arena tables, span tables)
  uint64_t gc_bits_sys = 0;    // alloc/mark bit arrays: Go counts these in GCSys
  struct BySize {
    uint32_t size = 0;
    uint64_t mallocs = 0;
    uint64_t frees = 0;
  };
  BySize by_size[61];          // Go: MemStats.BySize — classes 0..60 (larger classes are left out)
};

// What the Allocator panel draws (Heap::snapshot).
enum class PageState : uint8_t { Unmapped = 0, Free = 1, Released = 2, Small = 3, Large = 4, Manual = 5 };
struct AllocSnapshot {
  struct ClassInfo {
    uint32_t size = 0;
    uint64_t spans = 0;          // in-use spans of this class (both scan and noscan)
    uint64_t objects_in_use = 0;
    uint64_t objects_free = 0;   // free slots in those spans
    uint64_t bytes = 0;          // bytes of those spans
  };
  struct CachedSpan {
    int span_class = 0;
    uintptr_t start = 0;
    uint32_t nelems = 0;
    uint32_t free = 0;
  };
  struct McacheInfo {
    std::vector<CachedSpan> spans;  // one per span class it holds
    int32_t owner_p = -1;           // the P that owns it; -1: the shared fallback (mcache0)
    uintptr_t tiny = 0;
    uint64_t tiny_offset = 0;
  };
  struct CentralInfo {
    int span_class = 0;
    uint64_t partial_swept = 0, partial_unswept = 0, full_swept = 0, full_unswept = 0;
  };
  struct ArenaInfo {
    uintptr_t base = 0;
    std::vector<uint8_t> pages;       // PageState per page
    std::vector<uint8_t> page_class;  // size class of a Small page, else 0
  };
  struct LargeObject {
    uintptr_t address = 0;
    uint64_t bytes = 0;
    std::string type_name;  // empty when the object has no pointers (no type recorded)
  };
  ClassInfo classes[kNumSizeClasses];  // [0] unused
  std::vector<McacheInfo> mcaches;
  std::vector<CentralInfo> centrals;   // non-empty mcentrals only
  std::vector<ArenaInfo> arenas;
  std::vector<LargeObject> large;
  uint32_t sweepgen = 0;
};

// One arena: a run of pages the heap obtained from the OS. Guarded by the heap lock,
// except `spans`, whose entries are read atomically by find_object.
struct Arena {
  uintptr_t base = 0;
  uint64_t npages = 0;       // pages reserved
  uint64_t grown_pages = 0;  // pages made usable so far (Go: the arena's in-use prefix)
  uint64_t zeroed_base = 0;  // pages at or above have never been handed out (still zero)
  uint64_t nfree = 0;        // free pages among the grown ones
  void* raw = nullptr;       // what to give back to the OS
  size_t raw_bytes = 0;
  std::vector<uint64_t> free_bits;      // 1 = free page
  std::vector<uint64_t> released_bits;  // 1 = free page returned to the OS (scavenged)
  MSpan** spans = nullptr;              // page -> span, npages entries

  MSpan* span_at(uint64_t page) const { return __atomic_load_n(&spans[page], __ATOMIC_ACQUIRE); }
  void set_span(uint64_t page, MSpan* s) { __atomic_store_n(&spans[page], s, __ATOMIC_RELEASE); }
};

}  // namespace gs::mem
