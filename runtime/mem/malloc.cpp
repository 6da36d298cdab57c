// malloc.cpp — mallocgc (Go: runtime/malloc.go): the tiny / small / small-with-
// header / large decision tree over mcache → mcentral → mheap, allocate-black while
// marking, the heap's life cycle (mcaches, destruction) and its cheap counters.
//
// Invariant: an object is handed out only after its memory is cleared (when needed),
// its pointer layout is recorded (heap bits, header or large_type) and, while marking,
// its mark bit is set; the counters of the mcache that allocated it count it.
#include "mem/malloc.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "mem/mbitmap.h"
#include "types/type.h"

namespace gs::mem {

namespace {

thread_local Heap* t_current_heap = nullptr;
thread_local int64_t* t_assist_credit = nullptr;

uint64_t align_up(uint64_t n, uint64_t a) { return (n + a - 1) & ~(a - 1); }

inline void bump(uint64_t* counter) { __atomic_store_n(counter, *counter + 1, __ATOMIC_RELAXED); }

}  // namespace

Heap::Heap() : Heap(Options{}) {}

Heap::Heap(Options options) : options_(options), mprof_(std::make_unique<MemProfile>(options.mem_profile_rate)) {
  for (int spc = 0; spc < kNumSpanClasses; spc++) central_[spc].spanclass = static_cast<SpanClass>(spc);
  fallback_ = new_mcache();
}

Heap::~Heap() {
  for (MCache* c : mcaches_) delete c;
  for (MSpan* s : all_span_descs_) {
    delete[] s->alloc_bits;
    delete[] s->gcmark_bits;
    delete s;
  }
  release_arenas();
}

MCache* Heap::new_mcache(int32_t owner_p) {
  auto* c = new MCache;
  c->heap = this;
  c->owner_p = owner_p;  // before it is listed: snapshots read it under heap_mu_
  std::lock_guard<std::mutex> lock(heap_mu_);
  c->flush_gen = sweepgen_.load(std::memory_order_relaxed);
  mcaches_.push_back(c);
  mcaches_ever_++;
  return c;
}

void Heap::free_mcache(MCache* c) {
  if (c == nullptr) return;
  c->release_all();
  std::lock_guard<std::mutex> lock(heap_mu_);
  for (size_t i = 0; i < mcaches_.size(); i++) {
    if (mcaches_[i] == c) {
      mcaches_.erase(mcaches_.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  }
  delete c;
}

void Heap::fold_mcache_counters(MCache* c) {
  // Under counters_mu_: mem_stats reads the global and the per-mcache counts under it
  // too, so a fold is never half seen (counted twice or not at all).
  std::lock_guard<std::mutex> lock(counters_mu_);
  if (uint64_t n = __atomic_exchange_n(&c->tiny_allocs, uint64_t{0}, __ATOMIC_RELAXED)) tiny_allocs_.fetch_add(n, std::memory_order_relaxed);
  for (int cls = 0; cls < kNumSizeClasses; cls++) {
    if (__atomic_load_n(&c->small_allocs[cls], __ATOMIC_RELAXED) == 0) continue;
    small_allocs_[cls].fetch_add(__atomic_exchange_n(&c->small_allocs[cls], uint64_t{0}, __ATOMIC_RELAXED),
                                 std::memory_order_relaxed);
  }
}

void Heap::mark_new_object(MSpan* s, uintptr_t base) {
  // Go: gcmarknewobject — allocate black, and count the bytes as marked.
  if (s->try_mark(s->object_index(base))) black_bytes_.fetch_add(s->elemsize, std::memory_order_relaxed);
}

void Heap::check_trigger() {
  uint64_t trigger = gc_trigger_.load(std::memory_order_relaxed);
  if (trigger == 0 || heap_live() < trigger) return;
  void (*hook)(void*) = trigger_hook_.load(std::memory_order_acquire);
  if (hook != nullptr) hook(trigger_arg_.load(std::memory_order_relaxed));
}

void* Heap::malloc_small(MCache* c, SpanClass spc) {
  MSpan* s = c->alloc[spc];
  uintptr_t v = s != nullptr ? s->next_free_fast() : 0;
  if (v == 0) {
    uint32_t index = s != nullptr ? s->next_free_index() : 0;
    if (s == nullptr || index == s->nelems) {
      if (!c->refill(spc)) return nullptr;
      check_trigger();
      s = c->alloc[spc];
      index = s->next_free_index();
    }
    s->bump_alloc_count();
    v = s->object_base(index);
  }
  bump(&c->small_allocs[span_class_size(spc)]);
  return reinterpret_cast<void*>(v);
}

// Go's tiny allocator: pointer-free requests under 16 bytes share the mcache's
// 16-byte block, each at the next offset aligned for its size (8 if a multiple of 8,
// else 4, else 2).
void* Heap::malloc_tiny(MCache* c, uint64_t size) {
  uint64_t off = c->tiny_offset;
  if ((size & 7) == 0) {
    off = align_up(off, 8);
  } else if ((size & 3) == 0) {
    off = align_up(off, 4);
  } else if ((size & 1) == 0) {
    off = align_up(off, 2);
  }
  if (c->tiny != 0 && off + size <= kTinySize) {
    __atomic_store_n(&c->tiny_offset, off + size, __ATOMIC_RELAXED);
    bump(&c->tiny_allocs);
    if (marking_.load(std::memory_order_relaxed)) {
      ObjectRef ref;
      if (find_object(c->tiny, &ref)) mark_new_object(ref.span, ref.base);
    }
    return reinterpret_cast<void*>(c->tiny + off);
  }
  const SpanClass spc = make_span_class(kTinySizeClass, true);
  void* x = malloc_small(c, spc);
  if (x == nullptr) return nullptr;
  std::memset(x, 0, kTinySize);  // Go clears the whole tiny block
  if (marking_.load(std::memory_order_relaxed)) mark_new_object(c->alloc[spc], reinterpret_cast<uintptr_t>(x));
  // Heap profile: a new tiny block counts with its full 16 bytes; sub-allocations in an
  // existing block are never sampled (Go returns from its fast path before profiling).
  if (mprof_->sample(kTinySize)) mprof_->record_malloc(reinterpret_cast<uintptr_t>(x), kTinySize);
  // Keep whichever block has more room left.
  if (c->tiny == 0 || size < c->tiny_offset) {
    __atomic_store_n(&c->tiny, reinterpret_cast<uintptr_t>(x), __ATOMIC_RELAXED);
    __atomic_store_n(&c->tiny_offset, size, __ATOMIC_RELAXED);
  }
  return x;
}

void* Heap::malloc_large(uint64_t size, const types::Type* typ, bool needzero) {
  const bool noscan = typ == nullptr || !typ->pointers();
  uint64_t npages = size / kPageSize + (size % kPageSize != 0 ? 1 : 0);
  MSpan* s = alloc_span(npages, make_span_class(0, noscan));
  if (s == nullptr) return nullptr;
  s->freeindex = 1;
  __atomic_store_n(&s->alloc_count, uint32_t{1}, __ATOMIC_RELAXED);
  s->alloc_cache = 0;
  if (s->needzero && (needzero || !noscan)) std::memset(reinterpret_cast<void*>(s->start), 0, static_cast<size_t>(s->elemsize));
  s->needzero = false;
  __atomic_store_n(&s->large_type, noscan ? nullptr : typ, __ATOMIC_RELEASE);
  large_allocs_.fetch_add(1, std::memory_order_relaxed);
  large_alloc_bytes_.fetch_add(s->elemsize, std::memory_order_relaxed);
  heap_live_.fetch_add(static_cast<int64_t>(s->elemsize), std::memory_order_relaxed);
  if (marking_.load(std::memory_order_relaxed)) mark_new_object(s, s->start);
  if (mprof_->sample(s->elemsize)) mprof_->record_malloc(s->start, s->elemsize);  // heap profile
  check_trigger();
  // Large spans sit on their mcentral's full swept set so the sweeper finds them.
  push_swept(s);
  return reinterpret_cast<void*>(s->start);
}

void* Heap::malloc_on(MCache* c, uint64_t size, const types::Type* typ, bool needzero) {
  // A cache still holding spans from before the current sweep cycle must give them
  // back first: allocating from an unswept span would let its sweep free the new
  // object (Go: prepareForSweep when a P starts running after mark termination).
  if (c->flush_gen != sweepgen_.load(std::memory_order_relaxed)) c->prepare_for_sweep();
  const bool noscan = typ == nullptr || !typ->pointers();
  if (noscan && size < kTinySize) return malloc_tiny(c, size);
  SizeClassChoice choice = choose_size_class(size, noscan);
  if (choice.size_class == 0) return malloc_large(size, typ, needzero);
  const SpanClass spc = make_span_class(choice.size_class, noscan);
  auto* x = static_cast<char*>(malloc_small(c, spc));
  if (x == nullptr) return nullptr;
  MSpan* s = c->alloc[spc];
  if (s->needzero && (needzero || !noscan)) std::memset(x, 0, static_cast<size_t>(s->elemsize));
  if (!noscan) {
    if (choice.has_header) {
      // The header holds the object's type so the GC can scan it (Go: heapSetType).
      __atomic_store_n(reinterpret_cast<uint64_t*>(x), types::word_from_ptr(typ), __ATOMIC_RELEASE);
    } else {
      write_heap_bits_small(s, reinterpret_cast<uintptr_t>(x), size, typ);
    }
  }
  if (marking_.load(std::memory_order_relaxed)) mark_new_object(s, reinterpret_cast<uintptr_t>(x));
  // Heap profile (Go: the MemProfileRate test at mallocgc's end, with the full size).
  if (mprof_->sample(s->elemsize)) mprof_->record_malloc(reinterpret_cast<uintptr_t>(x), s->elemsize);
  return choice.has_header ? x + kMallocHeaderSize : x;
}

void Heap::deduct_assist_credit(uint64_t size) {
  int64_t* credit = t_assist_credit;
  if (credit == nullptr) return;
  *credit -= static_cast<int64_t>(size);
  if (*credit >= 0) return;
  if (auto hook = assist_hook_.load(std::memory_order_acquire)) hook(assist_arg_.load(std::memory_order_relaxed), credit);
}

void* Heap::mallocgc(uint64_t size, const types::Type* typ, bool needzero) {
  if (size == 0) return zerobase_;  // Go: &zerobase
  if (size > kMaxAlloc) return nullptr;
  if (marking_.load(std::memory_order_relaxed)) deduct_assist_credit(size);  // Go: gcBlackenEnabled
  MCache* c = current_mcache();
  if (c != nullptr && c->heap == this) return malloc_on(c, size, typ, needzero);
  std::lock_guard<std::mutex> lock(fallback_mu_);
  return malloc_on(fallback_, size, typ, needzero);
}

uint64_t Heap::heap_live() const {
  int64_t v = heap_live_.load(std::memory_order_relaxed);
  return v < 0 ? 0 : static_cast<uint64_t>(v);
}

void Heap::set_heap_marked(uint64_t bytes) {
  heap_marked_.store(bytes, std::memory_order_relaxed);
  heap_live_.store(static_cast<int64_t>(bytes), std::memory_order_relaxed);
}

HeapStats Heap::stats() const {
  MemStatsSnapshot m = mem_stats();
  HeapStats s;
  s.mallocs = m.mallocs;
  s.frees = m.frees;
  s.bytes_allocated = m.total_alloc;
  s.large_objects = large_allocs_.load(std::memory_order_relaxed);
  s.large_bytes = large_alloc_bytes_.load(std::memory_order_relaxed);
  s.sys_bytes = m.heap_sys;
  s.inuse_bytes = m.heap_inuse;
  s.tiny_allocs = tiny_allocs_.load(std::memory_order_relaxed);
  for (int c = 1; c < kNumSizeClasses; c++) s.by_class[c].objects = small_allocs_[c].load(std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> lock(heap_mu_);
    for (const MCache* mc : mcaches_) {
      s.tiny_allocs += __atomic_load_n(&mc->tiny_allocs, __ATOMIC_RELAXED);
      for (int c = 1; c < kNumSizeClasses; c++)
        s.by_class[c].objects += __atomic_load_n(&mc->small_allocs[c], __ATOMIC_RELAXED);
    }
  }
  for (int c = 1; c < kNumSizeClasses; c++) {
    s.by_class[c].bytes = s.by_class[c].objects * class_to_size[c];
    s.by_class[c].spans = class_spans_[c].load(std::memory_order_relaxed);
  }
  return s;
}

void* mallocgc(uint64_t size, const types::Type* typ, bool needzero) {
  Heap* h = t_current_heap;
  if (h == nullptr) {
    std::fprintf(stderr, "fatal error: mallocgc called without a heap bound to this thread\n");
    std::abort();
  }
  return h->mallocgc(size, typ, needzero);
}

void* newobject(const types::Type* typ) { return mallocgc(typ->size, typ, true); }

void* newarray(const types::Type* typ, int64_t n) {
  if (n < 0) return nullptr;
  uint64_t bytes = 0;
  if (__builtin_mul_overflow(typ->size, static_cast<uint64_t>(n), &bytes) || bytes > kMaxAlloc) return nullptr;
  return mallocgc(bytes, typ, true);
}

Heap* current_heap() { return t_current_heap; }

int64_t* bind_assist_credit(int64_t* credit) {
  int64_t* previous = t_assist_credit;
  t_assist_credit = credit;
  return previous;
}

BindHeap::BindHeap(Heap* heap) : previous_(t_current_heap) { t_current_heap = heap; }

BindHeap::~BindHeap() { t_current_heap = previous_; }

}  // namespace gs::mem
