// msweep_span.cpp — sweeping spans and the sweep cycle's bookkeeping (Go:
// runtime/mgcsweep.go's sweepLocked.sweep, sweepone, finishsweep_m, and the
// mark-termination hooks the collector calls on the heap).
//
// Invariant: a span is swept by exactly one thread — the one that moved its sweepgen
// from h-2 (or h+1) to h-1 — and after sweeping its alloc bits are last cycle's mark
// bits, its mark bits are clear, freeindex is 0 and alloc_count counts the survivors.
#include <algorithm>
#include <cstring>
#include <iterator>
#include <thread>

#include "mem/malloc.h"

namespace gs::mem {

namespace {

void clobber(uintptr_t x, uint64_t size) {
  // GODEBUG=clobberfree=1 (Go: clobberfree): every 4 bytes of a freed object become 0xdeadbeef.
  const uint32_t pattern = 0xdeadbeefu;
  for (uint64_t i = 0; i + 4 <= size; i += 4) std::memcpy(reinterpret_cast<void*>(x + i), &pattern, 4);
}

}  // namespace

bool Heap::sweep_span(MSpan* s, bool preserve) {
  const uint32_t sg = sweepgen_.load(std::memory_order_acquire);
  const int cls = s->size_class();
  if (mprof_->has_specials()) {
    // Sampled blocks about to be freed leave the heap profile (Go: freeSpecial ->
    // mProf_Free), before the mark bits become the alloc bits.
    mprof_->sweep_span(s->start, s->npages * kPageSize, s->elemsize, [s](uintptr_t base) {
      return !s->is_marked(s->object_index(base));
    });
  }
  if (cls == 0) {
    if (!s->is_marked(0)) {
      if (options_.clobberfree) clobber(s->start, s->elemsize);
      large_frees_.fetch_add(1, std::memory_order_relaxed);
      large_free_bytes_.fetch_add(s->elemsize, std::memory_order_relaxed);
      cycle_freed_objects_.fetch_add(1, std::memory_order_relaxed);
      cycle_freed_bytes_.fetch_add(s->elemsize, std::memory_order_relaxed);
      s->store_sweepgen(sg);
      free_span(s);
      return true;
    }
    s->alloc_bits[0] = 1;
    s->gcmark_bits[0] = 0;
    s->freeindex = 1;
    __atomic_store_n(&s->alloc_count, uint32_t{1}, __ATOMIC_RELAXED);
    s->alloc_cache = 0;
    s->store_sweepgen(sg);
    if (!preserve) push_swept(s);
    return false;
  }
  uint32_t nalloc = 0;
  for (uint32_t w = 0; w < s->bit_words; w++)
    nalloc += static_cast<uint32_t>(__builtin_popcountll(s->gcmark_bits[w]));
  const uint32_t nfreed = s->alloc_count > nalloc ? s->alloc_count - nalloc : 0;
  if (options_.clobberfree && nfreed != 0) {
    for (uint32_t i = 0; i < s->nelems; i++)
      if (!s->is_marked(i) && s->slot_allocated(i)) clobber(s->object_base(i), s->elemsize);
  }
  if (nfreed != 0) {
    small_frees_[cls].fetch_add(nfreed, std::memory_order_relaxed);
    cycle_freed_objects_.fetch_add(nfreed, std::memory_order_relaxed);
    cycle_freed_bytes_.fetch_add(uint64_t{nfreed} * s->elemsize, std::memory_order_relaxed);
    s->needzero = true;
  }
  __atomic_store_n(&s->alloc_count, nalloc, __ATOMIC_RELAXED);
  s->freeindex = 0;
  uint64_t* old_alloc = s->alloc_bits;
  s->alloc_bits = s->gcmark_bits;
  std::memset(old_alloc, 0, s->bit_words * sizeof(uint64_t));
  s->gcmark_bits = old_alloc;
  s->refill_alloc_cache(0);
  s->store_sweepgen(sg);
  if (preserve) return false;
  if (nalloc == 0) {
    free_span(s);
    return true;
  }
  push_swept(s);
  return false;
}

bool Heap::sweep_one_counting(uint64_t* pages_swept) {
  const uint32_t sg = sweepgen_.load(std::memory_order_acquire);
  active_sweepers_.fetch_add(1, std::memory_order_acq_rel);
  int k = sweep_class_cursor_.load(std::memory_order_acquire);
  while (k < kNumSpanClasses) {
    MCentral& c = central_[k];
    MSpan* s;
    {
      std::lock_guard<std::mutex> lock(c.mu);
      s = MCentral::pop(c.full[MCentral::unswept_index(sg)]);
      if (s == nullptr) s = MCentral::pop(c.partial[MCentral::unswept_index(sg)]);
    }
    if (s == nullptr) {
      // Nothing of this class is left unswept this cycle: move the cursor on.
      int expected = k;
      sweep_class_cursor_.compare_exchange_strong(expected, k + 1, std::memory_order_acq_rel);
      k = std::max(k + 1, sweep_class_cursor_.load(std::memory_order_acquire));
      continue;
    }
    if (!s->cas_sweepgen(sg - 2, sg - 1)) continue;  // someone else owns it
    *pages_swept = s->npages;
    sweep_span(s, false);
    active_sweepers_.fetch_sub(1, std::memory_order_acq_rel);
    return true;
  }
  sweep_drained_.store(true, std::memory_order_release);
  active_sweepers_.fetch_sub(1, std::memory_order_acq_rel);
  return false;
}

bool Heap::sweep_one() {
  uint64_t pages = 0;
  return sweep_one_counting(&pages);
}

void Heap::finish_sweep() {
  while (sweep_one()) {
  }
  // Wait for sweepers that are still finishing a span (Go: sweep.active.sleep).
  while (active_sweepers_.load(std::memory_order_acquire) != 0) std::this_thread::yield();
}

bool Heap::sweep_done() const {
  return sweep_drained_.load(std::memory_order_acquire) && active_sweepers_.load(std::memory_order_acquire) == 0;
}

void Heap::start_sweep_cycle() {
  cycle_freed_objects_.store(0, std::memory_order_relaxed);
  cycle_freed_bytes_.store(0, std::memory_order_relaxed);
  sweep_class_cursor_.store(0, std::memory_order_relaxed);
  sweep_drained_.store(false, std::memory_order_relaxed);
  const uint32_t sg = sweepgen_.fetch_add(2, std::memory_order_acq_rel) + 2;
  // Mark termination: the heap profile's cycle advances (Go: mProf_NextCycle + Flush).
  mprof_->next_cycle();
  // Caches flushed for this cycle (holding no spans) need no flush before they allocate.
  std::lock_guard<std::mutex> lock(heap_mu_);
  for (MCache* c : mcaches_) {
    bool empty = std::all_of(std::begin(c->alloc), std::end(c->alloc), [](MSpan* s) { return s == nullptr; });
    if (empty) c->flush_gen = sg;
  }
}

void Heap::flush_mcaches_for_gc() {
  std::vector<MCache*> caches;
  {
    std::lock_guard<std::mutex> lock(heap_mu_);
    caches = mcaches_;
  }
  for (MCache* c : caches) {
    if (c == fallback_) {
      std::lock_guard<std::mutex> lock(fallback_mu_);
      c->release_all();
    } else {
      c->release_all();
    }
  }
}

void Heap::set_gc_marking(bool on) {
  if (on) {
    black_bytes_.store(0, std::memory_order_relaxed);
    marking_.store(true, std::memory_order_release);
    // Current tiny blocks may get new sub-objects while marking: keep them (Go:
    // gcMarkTinyAllocs).
    std::vector<uintptr_t> tiny_blocks;
    {
      std::lock_guard<std::mutex> lock(heap_mu_);
      for (const MCache* c : mcaches_) {
        uintptr_t t = __atomic_load_n(&c->tiny, __ATOMIC_RELAXED);
        if (t != 0) tiny_blocks.push_back(t);
      }
    }
    for (uintptr_t t : tiny_blocks) {
      ObjectRef ref;
      if (find_object(t, &ref) && ref.try_mark()) black_bytes_.fetch_add(ref.size, std::memory_order_relaxed);
    }
  } else {
    marking_.store(false, std::memory_order_release);
  }
}

}  // namespace gs::mem
