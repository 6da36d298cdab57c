// mcentral.cpp — taking spans from and giving them back to the central lists (Go:
// runtime/mcentral.go's cacheSpan, uncacheSpan, grow).
//
// Invariant: a span handed to an mcache is swept (sweepgen h+3 once cached) and has
// at least one free slot; a span given back is swept before it goes onto a swept set
// (a stale one, cached before the cycle began, is swept on the way back).
#include "mem/malloc.h"

namespace gs::mem {

namespace {
constexpr int kSpanBudget = 100;  // Go: cacheSpan's spanBudget
}

void Heap::push_swept(MSpan* s) {
  MCentral& c = central_[s->spanclass];
  std::lock_guard<std::mutex> lock(c.mu);
  int i = MCentral::swept_index(sweepgen_.load(std::memory_order_relaxed));
  if (s->alloc_count == s->nelems) {
    c.full[i].push_back(s);
  } else {
    c.partial[i].push_back(s);
  }
}

MSpan* Heap::grow_central(SpanClass spc) {
  int cls = span_class_size(spc);
  MSpan* s = alloc_span(class_to_allocnpages[cls], spc);
  if (s != nullptr) class_spans_[cls].fetch_add(1, std::memory_order_relaxed);
  return s;
}

MSpan* Heap::cache_span(SpanClass spc) {
  MCentral& c = central_[spc];
  const uint32_t sg = sweepgen_.load(std::memory_order_acquire);
  MSpan* s = nullptr;
  {
    std::lock_guard<std::mutex> lock(c.mu);
    s = MCentral::pop(c.partial[MCentral::swept_index(sg)]);
  }
  if (s == nullptr && !sweep_drained_.load(std::memory_order_acquire)) {
    active_sweepers_.fetch_add(1, std::memory_order_acq_rel);
    // Unswept spans with free slots: sweep one and use it.
    for (int budget = kSpanBudget; s == nullptr && budget > 0; budget--) {
      MSpan* cand;
      {
        std::lock_guard<std::mutex> lock(c.mu);
        cand = MCentral::pop(c.partial[MCentral::unswept_index(sg)]);
      }
      if (cand == nullptr) break;
      if (cand->cas_sweepgen(sg - 2, sg - 1)) {
        sweep_span(cand, true);
        s = cand;
      }
    }
    // Unswept full spans: sweeping may free slots; those still full go to fullSwept.
    for (int budget = kSpanBudget; s == nullptr && budget > 0; budget--) {
      MSpan* cand;
      {
        std::lock_guard<std::mutex> lock(c.mu);
        cand = MCentral::pop(c.full[MCentral::unswept_index(sg)]);
      }
      if (cand == nullptr) break;
      if (!cand->cas_sweepgen(sg - 2, sg - 1)) continue;
      sweep_span(cand, true);
      if (cand->alloc_count != cand->nelems) {
        s = cand;
      } else {
        std::lock_guard<std::mutex> lock(c.mu);
        c.full[MCentral::swept_index(sg)].push_back(cand);
      }
    }
    active_sweepers_.fetch_sub(1, std::memory_order_acq_rel);
  }
  if (s == nullptr) {
    s = grow_central(spc);
    if (s == nullptr) return nullptr;
  }
  // havespan: the allocation cache starts at freeindex.
  s->refill_alloc_cache(s->freeindex / 64);
  s->alloc_cache = s->freeindex % 64 == 0 ? s->alloc_cache : s->alloc_cache >> (s->freeindex % 64);
  s->alloc_count_before_cache = s->alloc_count;
  // Go: refill counts the span's free bytes as live, assuming they will be used.
  heap_live_.fetch_add(static_cast<int64_t>(s->bytes() - uint64_t{s->alloc_count} * s->elemsize),
                       std::memory_order_relaxed);
  s->store_sweepgen(sg + 3);
  return s;
}

void Heap::uncache_span(MSpan* s) {
  const uint32_t sg = sweepgen_.load(std::memory_order_acquire);
  if (s->load_sweepgen() == sg + 1) {
    // Cached before this sweep cycle began: sweep it now (Go: stale span).
    s->store_sweepgen(sg - 1);
    active_sweepers_.fetch_add(1, std::memory_order_acq_rel);
    sweep_span(s, false);
    active_sweepers_.fetch_sub(1, std::memory_order_acq_rel);
    return;
  }
  s->store_sweepgen(sg);
  push_swept(s);
}

}  // namespace gs::mem
