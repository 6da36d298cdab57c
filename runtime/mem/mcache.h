// mcache.h — the per-P allocation cache (Go: runtime/mcache.go): one span per span
// class to allocate from without locks, and the tiny allocator's current block.
//
// Invariants:
//  * An MCache is used by one thread at a time (the M holding its P, or any thread
//    holding the heap's fallback lock for the fallback mcache). Its spans are owned by
//    it: no mcentral set holds them, their sweepgen is h+3 (or h+1 if a new cycle
//    began before they were given back).
//  * The counters below are written only by the owner, with relaxed atomic stores, so
//    mem_stats may read them from another thread.
#pragma once
#include <cstdint>

#include "mem/mheap.h"

namespace gs::mem {

struct MCache {
  Heap* heap = nullptr;
  MSpan* alloc[kNumSpanClasses] = {};  // nullptr = none (Go: &emptymspan)
  uintptr_t tiny = 0;                  // current 16-byte tiny block, or 0
  uint64_t tiny_offset = 0;
  uint32_t flush_gen = 0;              // heap sweepgen when last flushed (Go: flushGen)
  int32_t owner_p = -1;                // the P that owns it; -1: the heap's shared fallback
  // Owner-written, relaxed-atomic counters not yet folded into the heap's totals.
  uint64_t tiny_allocs = 0;            // sub-allocations packed into a tiny block
  uint64_t small_allocs[kNumSizeClasses] = {};  // objects taken from cached spans

  // Go: nextFree's slow half — give back the exhausted span of class spc and take
  // one with a free slot. Returns false when memory runs out (limit or OS).
  bool refill(SpanClass spc);
  // Go: releaseAll — every span back to its mcentral, the tiny block dropped, the
  // counters folded into the heap's.
  void release_all();
  // Go: prepareForSweep — release_all if a sweep cycle began since the last flush.
  void prepare_for_sweep();
};

// The mcache the calling thread allocates from (nullptr if none): the one of the P
// its M holds (asked of the source the scheduler registers), else one bound to the
// thread with BindMCache.
MCache* current_mcache();
// The scheduler's answer to "which mcache does this thread's P own" (set once).
void set_mcache_source(MCache* (*source)());

class BindMCache {
 public:
  explicit BindMCache(MCache* cache);
  ~BindMCache();
  BindMCache(const BindMCache&) = delete;
  BindMCache& operator=(const BindMCache&) = delete;

 private:
  MCache* previous_;
};

}  // namespace gs::mem
