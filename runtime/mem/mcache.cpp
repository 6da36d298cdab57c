// mcache.cpp — refilling and flushing a per-P cache (Go: runtime/mcache.go) and the
// thread's mcache binding.
//
// Invariant: see mcache.h — only the owner writes an mcache; counters and span
// pointers are stored with atomics so snapshots and stats can read them.
#include "mem/malloc.h"

namespace gs::mem {

namespace {
thread_local MCache* t_current_mcache = nullptr;
}

bool MCache::refill(SpanClass spc) {
  MSpan* old = alloc[spc];
  if (old != nullptr) {
    __atomic_store_n(&alloc[spc], nullptr, __ATOMIC_RELEASE);
    heap->uncache_span(old);
  }
  MSpan* s = heap->cache_span(spc);
  if (s == nullptr) return false;
  __atomic_store_n(&alloc[spc], s, __ATOMIC_RELEASE);
  return true;
}

void MCache::release_all() {
  const uint32_t sg = heap->sweepgen();
  for (int spc = 0; spc < kNumSpanClasses; spc++) {
    MSpan* s = alloc[spc];
    if (s == nullptr) continue;
    if (s->load_sweepgen() != sg + 1) {
      // refill counted the unused slots as live; undo that for this cycle's spans.
      heap->heap_live_.fetch_sub(static_cast<int64_t>(uint64_t{s->nelems - s->alloc_count} * s->elemsize),
                                 std::memory_order_relaxed);
    }
    __atomic_store_n(&alloc[spc], nullptr, __ATOMIC_RELEASE);
    heap->uncache_span(s);
  }
  __atomic_store_n(&tiny, uintptr_t{0}, __ATOMIC_RELAXED);
  __atomic_store_n(&tiny_offset, uint64_t{0}, __ATOMIC_RELAXED);
  heap->fold_mcache_counters(this);
  flush_gen = sg;
}

void MCache::prepare_for_sweep() {
  if (flush_gen != heap->sweepgen()) release_all();
}

namespace {
std::atomic<MCache* (*)()> g_mcache_source{nullptr};
}

void set_mcache_source(MCache* (*source)()) { g_mcache_source.store(source, std::memory_order_release); }

MCache* current_mcache() {
  if (MCache* (*source)() = g_mcache_source.load(std::memory_order_acquire)) {
    if (MCache* c = source()) return c;
  }
  return t_current_mcache;
}

BindMCache::BindMCache(MCache* cache) : previous_(t_current_mcache) { t_current_mcache = cache; }

BindMCache::~BindMCache() { t_current_mcache = previous_; }

}  // namespace gs::mem
