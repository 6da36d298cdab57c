// mheap.cpp — the page heap (Go: runtime/mheap.go, mpagealloc.go, mgcscavenge.go):
// arenas from the OS, a first-fit page allocator over per-arena free bitmaps that
// prefers low addresses, span descriptors and the page → span table, object lookup
// for the collector, the scavenger, and the heap-side MemStats and panel snapshot.
//
// Invariants (heap_mu_ guards all of them):
//  * A page of an arena is free iff its free bit is set; released pages are a subset
//    of free pages. Pages at or above grown_pages are neither (not yet usable).
//  * pages_inuse_ = pages of in-use spans; pages_grown_ = usable pages over all arenas.
//  * Span table entries of an in-use span's pages point to it; everything else is null.
#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "mem/malloc.h"
#include "mem/mbitmap.h"
#include "types/type.h"

#ifndef __EMSCRIPTEN__
#include <sys/mman.h>
#endif

namespace gs::mem {

namespace {

void set_bits(std::vector<uint64_t>& bits, uint64_t first, uint64_t n, bool value) {
  for (uint64_t i = first; i < first + n;) {
    uint64_t w = i / 64, b = i % 64;
    uint64_t take = std::min<uint64_t>(64 - b, first + n - i);
    uint64_t mask = take == 64 ? ~uint64_t{0} : ((uint64_t{1} << take) - 1) << b;
    if (value) {
      bits[w] |= mask;
    } else {
      bits[w] &= ~mask;
    }
    i += take;
  }
}

uint64_t count_bits(const std::vector<uint64_t>& bits, uint64_t first, uint64_t n) {
  uint64_t count = 0;
  for (uint64_t i = first; i < first + n;) {
    uint64_t w = i / 64, b = i % 64;
    uint64_t take = std::min<uint64_t>(64 - b, first + n - i);
    uint64_t mask = take == 64 ? ~uint64_t{0} : ((uint64_t{1} << take) - 1) << b;
    count += static_cast<uint64_t>(__builtin_popcountll(bits[w] & mask));
    i += take;
  }
  return count;
}

// First run of n set bits (lowest index), scanning a word at a time; -1 if none.
int64_t find_run(const std::vector<uint64_t>& bits, uint64_t n) {
  uint64_t run_start = 0, run_len = 0;
  for (uint64_t w = 0; w < bits.size(); w++) {
    uint64_t word = bits[w];
    if (word == 0) {
      run_len = 0;
      continue;
    }
    if (word == ~uint64_t{0}) {
      if (run_len == 0) run_start = w * 64;
      run_len += 64;
      if (run_len >= n) return static_cast<int64_t>(run_start);
      continue;
    }
    unsigned i = 0;
    while (i < 64) {
      uint64_t rest = word >> i;
      if (rest & 1) {
        unsigned ones = static_cast<unsigned>(__builtin_ctzll(~rest));  // ~rest != 0: top bits are 1
        if (ones > 64 - i) ones = 64 - i;
        if (run_len == 0) run_start = w * 64 + i;
        run_len += ones;
        if (run_len >= n) return static_cast<int64_t>(run_start);
        i += ones;
      } else {
        run_len = 0;
        if (rest == 0) break;
        i += static_cast<unsigned>(__builtin_ctzll(rest));
      }
    }
  }
  return -1;
}

// Reserves an arena of `bytes` (a multiple of kArenaBytes) aligned to kArenaBytes.
bool os_reserve_arena(uint64_t bytes, void** raw, size_t* raw_bytes, uintptr_t* base) {
  if (bytes > SIZE_MAX / 2) return false;
#ifdef __EMSCRIPTEN__
  void* p = std::aligned_alloc(static_cast<size_t>(kArenaBytes), static_cast<size_t>(bytes));
  if (p == nullptr) return false;
  std::memset(p, 0, static_cast<size_t>(bytes));  // reused malloc memory need not be zero
  *raw = p;
  *raw_bytes = static_cast<size_t>(bytes);
  *base = reinterpret_cast<uintptr_t>(p);
  return true;
#else
  size_t want = static_cast<size_t>(bytes + kArenaBytes);
  void* p = mmap(nullptr, want, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return false;
  uintptr_t start = reinterpret_cast<uintptr_t>(p);
  uintptr_t aligned = (start + static_cast<uintptr_t>(kArenaBytes) - 1) & ~static_cast<uintptr_t>(kArenaBytes - 1);
  if (aligned > start) munmap(p, aligned - start);
  uintptr_t end = start + want, aligned_end = aligned + static_cast<uintptr_t>(bytes);
  if (end > aligned_end) munmap(reinterpret_cast<void*>(aligned_end), end - aligned_end);
  *raw = reinterpret_cast<void*>(aligned);
  *raw_bytes = static_cast<size_t>(bytes);
  *base = aligned;
  return true;
#endif
}

void os_release_arena(void* raw, size_t raw_bytes) {
#ifdef __EMSCRIPTEN__
  (void)raw_bytes;
  std::free(raw);
#else
  munmap(raw, raw_bytes);
#endif
}

}  // namespace

uint32_t MSpan::next_free_index() {
  uint32_t idx = freeindex;
  if (idx >= nelems) return nelems;
  uint64_t cache = alloc_cache;
  while (cache == 0) {
    idx = (idx + 64) & ~uint32_t{63};
    if (idx >= nelems) {
      freeindex = nelems;
      return nelems;
    }
    refill_alloc_cache(idx / 64);
    cache = alloc_cache;
  }
  unsigned bit = static_cast<unsigned>(__builtin_ctzll(cache));
  uint32_t result = idx + bit;
  if (result >= nelems) {
    freeindex = nelems;
    return nelems;
  }
  alloc_cache = bit == 63 ? 0 : cache >> (bit + 1);
  uint32_t next = result + 1;
  if (next % 64 == 0 && next != nelems) refill_alloc_cache(next / 64);
  freeindex = next;
  return result;
}

void Heap::release_arenas() {
  for (Arena* a : arenas_) {
    if (a->raw != nullptr) os_release_arena(a->raw, a->raw_bytes);
    delete[] a->spans;
    delete a;
  }
  arenas_.clear();
  for (Arena**& l2 : arena_l1_) {
    delete[] l2;
    l2 = nullptr;
  }
}

Arena* Heap::arena_for(uintptr_t p) const {
  uint64_t index = static_cast<uint64_t>(p) >> kArenaShift;
  if ((index >> kArenaIndexBits) != 0) return nullptr;
  Arena** l2 = __atomic_load_n(&arena_l1_[index >> kArenaL2Bits], __ATOMIC_ACQUIRE);
  if (l2 == nullptr) return nullptr;
  Arena* a = __atomic_load_n(&l2[index & ((uint64_t{1} << kArenaL2Bits) - 1)], __ATOMIC_ACQUIRE);
  if (a == nullptr || p < a->base || p - a->base >= a->npages * kPageSize) return nullptr;
  return a;
}

void Heap::register_arena_locked(Arena* a) {
  uint64_t first = static_cast<uint64_t>(a->base) >> kArenaShift;
  uint64_t last = (static_cast<uint64_t>(a->base) + a->npages * kPageSize - 1) >> kArenaShift;
  for (uint64_t index = first; index <= last; index++) {
    Arena**& slot = arena_l1_[index >> kArenaL2Bits];
    Arena** l2 = __atomic_load_n(&slot, __ATOMIC_ACQUIRE);
    if (l2 == nullptr) {
      l2 = new Arena*[size_t{1} << kArenaL2Bits]();
      table_bytes_ += sizeof(Arena*) << kArenaL2Bits;
      __atomic_store_n(&slot, l2, __ATOMIC_RELEASE);
    }
    __atomic_store_n(&l2[index & ((uint64_t{1} << kArenaL2Bits) - 1)], a, __ATOMIC_RELEASE);
  }
  arenas_.insert(std::upper_bound(arenas_.begin(), arenas_.end(), a,
                                  [](const Arena* x, const Arena* y) { return x->base < y->base; }),
                 a);
}

// Makes at least npages more pages usable (Go: mheap.grow): the current arena grows
// by a multiple of 512 pages; when it has too little left, its remainder becomes
// usable and a new arena (bigger for huge requests) is reserved. New pages count as
// released, as Go's freshly mapped memory does.
bool Heap::grow_locked(uint64_t npages) {
  uint64_t ask = (npages + kHeapGrowPages - 1) / kHeapGrowPages * kHeapGrowPages;
  auto make_usable = [&](Arena* a, uint64_t n) {
    set_bits(a->free_bits, a->grown_pages, n, true);
    set_bits(a->released_bits, a->grown_pages, n, true);
    a->grown_pages += n;
    a->nfree += n;
    pages_grown_ += n;
    pages_released_ += n;
  };
  if (growing_ != nullptr && growing_->npages - growing_->grown_pages >= ask) {
    make_usable(growing_, ask);
    return true;
  }
  if (growing_ != nullptr && growing_->grown_pages < growing_->npages) {
    make_usable(growing_, growing_->npages - growing_->grown_pages);
    if (find_run(growing_->free_bits, npages) >= 0) return true;
  }
  uint64_t bytes = std::max<uint64_t>(kArenaBytes, (npages * kPageSize + kArenaBytes - 1) & ~(kArenaBytes - 1));
  if (bytes / kPageSize < npages) return false;  // overflow
  auto* a = new Arena;
  if (!os_reserve_arena(bytes, &a->raw, &a->raw_bytes, &a->base) ||
      ((static_cast<uint64_t>(a->base) + bytes - 1) >> kAddrBits) != 0) {
    if (a->raw != nullptr) os_release_arena(a->raw, a->raw_bytes);
    delete a;
    return false;
  }
  a->npages = bytes / kPageSize;
  a->free_bits.assign((a->npages + 63) / 64, 0);
  a->released_bits.assign((a->npages + 63) / 64, 0);
  a->spans = new MSpan*[a->npages]();
  table_bytes_ += a->npages * sizeof(MSpan*) + 2 * a->free_bits.size() * sizeof(uint64_t) + sizeof(Arena);
  register_arena_locked(a);
  growing_ = a;
  make_usable(a, std::min(ask, a->npages));
  return true;
}

bool Heap::alloc_pages_locked(uint64_t npages, Arena** arena, uint64_t* first_page, bool* needzero) {
  for (Arena* a : arenas_) {
    if (a->nfree < npages) continue;
    int64_t found = find_run(a->free_bits, npages);
    if (found < 0) continue;
    uint64_t first = static_cast<uint64_t>(found);
    uint64_t released = count_bits(a->released_bits, first, npages);
    bool dirty = first < a->zeroed_base;
#ifndef __EMSCRIPTEN__
    // Natively, released pages were madvised away and come back zero; the run is
    // dirty only if it has a used page that was not released.
    if (dirty) {
      uint64_t used = std::min(a->zeroed_base, first + npages) - first;
      dirty = count_bits(a->released_bits, first, used) != used;
    }
#endif
    set_bits(a->free_bits, first, npages, false);
    set_bits(a->released_bits, first, npages, false);
    a->nfree -= npages;
    a->zeroed_base = std::max(a->zeroed_base, first + npages);
    pages_released_ -= released;
    pages_inuse_ += npages;
    *arena = a;
    *first_page = first;
    *needzero = dirty;
    return true;
  }
  return false;
}

MSpan* Heap::new_span_desc() {
  MSpan* s = unused_spans_;
  if (s != nullptr) {
    unused_spans_ = s->next_unused;
    s->next_unused = nullptr;
  } else {
    s = new MSpan;
    all_span_descs_.push_back(s);
    span_descs_++;
  }
  span_descs_inuse_++;
  return s;
}

void Heap::reclaim(uint64_t npages) {
  if (sweep_drained_.load(std::memory_order_acquire)) return;
  uint64_t swept = 0;
  while (swept < npages) {
    uint64_t pages = 0;
    if (!sweep_one_counting(&pages)) break;
    swept += pages;
  }
}

MSpan* Heap::alloc_span(uint64_t npages, SpanClass spc) {
  if (npages == 0 || npages > (SIZE_MAX / kPageSize)) return nullptr;
  reclaim(npages);
  const int size_class = span_class_size(spc);
  std::lock_guard<std::mutex> lock(heap_mu_);
  if (options_.limit_bytes != 0 && (pages_inuse_ + npages) * kPageSize > options_.limit_bytes) return nullptr;
  Arena* a = nullptr;
  uint64_t first = 0;
  bool needzero = false;
  if (!alloc_pages_locked(npages, &a, &first, &needzero)) {
    if (!grow_locked(npages) || !alloc_pages_locked(npages, &a, &first, &needzero)) return nullptr;
  }
  MSpan* s = new_span_desc();
  s->start = a->base + static_cast<uintptr_t>(first * kPageSize);
  s->npages = npages;
  s->spanclass = spc;
  s->needzero = needzero;
  s->large_type = nullptr;
  uint64_t span_bytes = npages * kPageSize;
  if (size_class == 0) {
    s->elemsize = span_bytes;
    s->nelems = 1;
  } else {
    s->elemsize = class_to_size[size_class];
    bool heap_bits = !span_class_noscan(spc) && s->elemsize <= kMinSizeForMallocHeader;
    uint64_t usable = heap_bits ? span_bytes - span_bytes / 64 : span_bytes;  // Go: initSpan
    s->nelems = static_cast<uint32_t>(usable / s->elemsize);
  }
  s->limit = s->start + static_cast<uintptr_t>(s->nelems * s->elemsize);
  s->freeindex = 0;
  s->alloc_count = 0;
  s->alloc_count_before_cache = 0;
  s->bit_words = (s->nelems + 63) / 64;
  if (s->bit_capacity < s->bit_words) {
    delete[] s->alloc_bits;
    delete[] s->gcmark_bits;
    gc_bits_bytes_ += 2 * uint64_t{s->bit_words - s->bit_capacity} * sizeof(uint64_t);
    s->alloc_bits = new uint64_t[s->bit_words]();
    s->gcmark_bits = new uint64_t[s->bit_words]();
    s->bit_capacity = s->bit_words;
  } else {
    std::memset(s->alloc_bits, 0, s->bit_words * sizeof(uint64_t));
    std::memset(s->gcmark_bits, 0, s->bit_words * sizeof(uint64_t));
  }
  s->refill_alloc_cache(0);
  if (s->has_heap_bits() && needzero) std::memset(s->heap_bits(), 0, static_cast<size_t>(span_bytes / 64));
  s->sweepgen = sweepgen_.load(std::memory_order_relaxed);
  for (uint64_t p = 0; p < npages; p++) a->set_span(first + p, s);
  s->set_state(SpanState::InUse);
  return s;
}

void Heap::free_span(MSpan* s) {
  std::lock_guard<std::mutex> lock(heap_mu_);
  Arena* a = arena_for(s->start);
  uint64_t first = (s->start - a->base) / kPageSize;
  s->set_state(SpanState::Free);
  for (uint64_t p = 0; p < s->npages; p++) a->set_span(first + p, nullptr);
  set_bits(a->free_bits, first, s->npages, true);
  a->nfree += s->npages;
  pages_inuse_ -= s->npages;
  __atomic_store_n(&s->large_type, nullptr, __ATOMIC_RELAXED);
  s->next_unused = unused_spans_;
  unused_spans_ = s;
  span_descs_inuse_--;
}

bool Heap::find_object(uintptr_t p, ObjectRef* out) const {
  Arena* a = arena_for(p);
  if (a == nullptr) return false;
  MSpan* s = a->span_at((p - a->base) / kPageSize);
  if (s == nullptr || s->get_state() != SpanState::InUse) return false;
  if (p < s->start || p >= s->limit) return false;
  uintptr_t offset = p - s->start;
  uintptr_t index = s->size_class() == 0
                        ? 0
                        : static_cast<uintptr_t>((uint64_t{offset} * class_to_divmagic[s->size_class()]) >> 32);
  // A span reused while a concurrent marker holds a stale word could give an index
  // past the end: never mark outside the bitmap.
  if (index >= s->nelems) return false;
  uintptr_t base = s->object_base(index);
  if (s->has_header() && p < base + kMallocHeaderSize) return false;
  out->base = base;
  out->size = s->elemsize;
  out->span = s;
  out->index = index;
  return true;
}

bool Heap::owns(const void* p) const {
  if (p == zerobase_) return true;
  return arena_for(reinterpret_cast<uintptr_t>(p)) != nullptr;
}

uint64_t Heap::scavenge(uint64_t bytes) {
  uint64_t want_pages = bytes / kPageSize + (bytes % kPageSize != 0 ? 1 : 0);
  if (bytes == ~uint64_t{0}) want_pages = ~uint64_t{0};
  uint64_t released = 0;
  std::lock_guard<std::mutex> lock(heap_mu_);
  for (Arena* a : arenas_) {
    for (uint64_t w = 0; w < a->free_bits.size() && released < want_pages; w++) {
      uint64_t candidates = a->free_bits[w] & ~a->released_bits[w];
      while (candidates != 0 && released < want_pages) {
        unsigned b = static_cast<unsigned>(__builtin_ctzll(candidates));
        uint64_t rest = candidates >> b;
        unsigned n = ~rest == 0 ? 64 : static_cast<unsigned>(__builtin_ctzll(~rest));
        if (n > 64 - b) n = 64 - b;
        if (n > want_pages - released) n = static_cast<unsigned>(want_pages - released);
        uint64_t first = w * 64 + b;
#ifndef __EMSCRIPTEN__
        madvise(reinterpret_cast<void*>(a->base + static_cast<uintptr_t>(first * kPageSize)),
                static_cast<size_t>(n * kPageSize), MADV_DONTNEED);
#endif
        // In wasm memory cannot be given back to the browser: releasing is accounting
        // only, and released pages are not known to be zero (see alloc_pages_locked).
        set_bits(a->released_bits, first, n, true);
        uint64_t mask = n == 64 ? ~uint64_t{0} : ((uint64_t{1} << n) - 1) << b;
        candidates &= ~mask;
        released += n;
      }
    }
  }
  pages_released_ += released;
  return released * kPageSize;
}

MemStatsSnapshot Heap::mem_stats() const {
  MemStatsSnapshot m;
  auto ld = [](const std::atomic<uint64_t>& v) { return v.load(std::memory_order_relaxed); };
  uint64_t small_allocs[kNumSizeClasses];
  std::lock_guard<std::mutex> lock(heap_mu_);
  std::lock_guard<std::mutex> counters(counters_mu_);  // no fold between the two reads
  uint64_t tiny = ld(tiny_allocs_);
  for (int c = 0; c < kNumSizeClasses; c++) small_allocs[c] = ld(small_allocs_[c]);
  for (const MCache* mc : mcaches_) {
    tiny += __atomic_load_n(&mc->tiny_allocs, __ATOMIC_RELAXED);
    for (int c = 0; c < kNumSizeClasses; c++) small_allocs[c] += __atomic_load_n(&mc->small_allocs[c], __ATOMIC_RELAXED);
  }
  uint64_t total_alloc = ld(large_alloc_bytes_), total_free = ld(large_free_bytes_);
  uint64_t mallocs = ld(large_allocs_) + tiny, frees = ld(large_frees_) + tiny;
  for (int c = 0; c < kNumSizeClasses; c++) {
    uint64_t f = ld(small_frees_[c]);
    total_alloc += small_allocs[c] * class_to_size[c];
    total_free += f * class_to_size[c];
    mallocs += small_allocs[c];
    frees += f;
    if (c < 61) {
      m.by_size[c].size = class_to_size[c];
      m.by_size[c].mallocs = small_allocs[c];
      m.by_size[c].frees = f;
    }
  }
  m.total_alloc = total_alloc;
  m.heap_alloc = m.alloc = total_alloc - total_free;
  m.mallocs = mallocs;
  m.frees = frees;
  m.heap_objects = mallocs - frees;
  m.heap_sys = pages_grown_ * kPageSize;
  m.heap_inuse = pages_inuse_ * kPageSize;
  m.heap_idle = m.heap_sys - m.heap_inuse;
  m.heap_released = pages_released_ * kPageSize;
  m.mspan_inuse = span_descs_inuse_ * sizeof(MSpan);
  m.mspan_sys = span_descs_ * sizeof(MSpan);
  m.mcache_inuse = mcaches_.size() * sizeof(MCache);
  m.mcache_sys = mcaches_ever_ * sizeof(MCache);
  m.other_sys = table_bytes_;
  m.gc_bits_sys = gc_bits_bytes_;
  m.sys = m.heap_sys + m.mspan_sys + m.mcache_sys + m.other_sys + m.gc_bits_sys;
  return m;
}

void Heap::snapshot(AllocSnapshot* out) const {
  *out = AllocSnapshot{};
  out->sweepgen = sweepgen();
  for (int c = 0; c < kNumSizeClasses; c++) out->classes[c].size = class_to_size[c];
  for (int spc = 0; spc < kNumSpanClasses; spc++) {
    const MCentral& c = central_[spc];
    std::lock_guard<std::mutex> lock(c.mu);
    uint32_t sg = sweepgen();
    AllocSnapshot::CentralInfo info;
    info.span_class = spc;
    info.partial_swept = c.partial[MCentral::swept_index(sg)].size();
    info.partial_unswept = c.partial[MCentral::unswept_index(sg)].size();
    info.full_swept = c.full[MCentral::swept_index(sg)].size();
    info.full_unswept = c.full[MCentral::unswept_index(sg)].size();
    if (info.partial_swept + info.partial_unswept + info.full_swept + info.full_unswept != 0)
      out->centrals.push_back(info);
  }
  std::lock_guard<std::mutex> lock(heap_mu_);
  for (const MCache* mc : mcaches_) {
    AllocSnapshot::McacheInfo info;
    info.owner_p = mc->owner_p;
    info.tiny = __atomic_load_n(&mc->tiny, __ATOMIC_RELAXED);
    info.tiny_offset = __atomic_load_n(&mc->tiny_offset, __ATOMIC_RELAXED);
    for (int spc = 0; spc < kNumSpanClasses; spc++) {
      MSpan* s = __atomic_load_n(&mc->alloc[spc], __ATOMIC_ACQUIRE);
      if (s == nullptr) continue;
      info.spans.push_back({spc, s->start, s->nelems, s->nelems - s->load_alloc_count()});
    }
    out->mcaches.push_back(std::move(info));
  }
  for (const Arena* a : arenas_) {
    AllocSnapshot::ArenaInfo info;
    info.base = a->base;
    info.pages.assign(a->npages, static_cast<uint8_t>(PageState::Unmapped));
    info.page_class.assign(a->npages, 0);
    for (uint64_t p = 0; p < a->grown_pages; p++) {
      bool free = (a->free_bits[p / 64] >> (p % 64)) & 1;
      bool released = (a->released_bits[p / 64] >> (p % 64)) & 1;
      if (free) {
        info.pages[p] = static_cast<uint8_t>(released ? PageState::Released : PageState::Free);
        continue;
      }
      MSpan* s = a->span_at(p);
      if (s == nullptr) continue;
      if (s->get_state() == SpanState::Manual) {
        info.pages[p] = static_cast<uint8_t>(PageState::Manual);
        continue;
      }
      int cls = s->size_class();
      info.pages[p] = static_cast<uint8_t>(cls == 0 ? PageState::Large : PageState::Small);
      info.page_class[p] = static_cast<uint8_t>(cls);
      if (s->start != a->base + p * kPageSize) continue;  // count each span once
      if (cls == 0) {
        const types::Type* t = __atomic_load_n(&s->large_type, __ATOMIC_ACQUIRE);
        out->large.push_back({s->start, s->elemsize, t != nullptr ? t->str : std::string()});
        continue;
      }
      uint32_t in_use = s->load_alloc_count();
      AllocSnapshot::ClassInfo& ci = out->classes[cls];
      ci.spans++;
      ci.objects_in_use += in_use;
      ci.objects_free += s->nelems - in_use;
      ci.bytes += s->bytes();
    }
    out->arenas.push_back(std::move(info));
  }
}

}  // namespace gs::mem
