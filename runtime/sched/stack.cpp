// stack.cpp — the goroutine stack allocator (Go: runtime/stack.go, stackalloc and
// stackfree with their pools and caches). See stack.h for the invariants: sizes are
// powers of two, small orders recycle through 32 KiB spans, per-P caches move stacks
// to and from the pool in half-cache batches, large stacks recycle by log2(pages).
#include "sched/stack.h"

#include <cstdlib>
#include <new>

namespace gs::sched {

namespace {

constexpr uint64_t kSmallLimit = kFixedStack << kNumStackOrders;  // 32 KiB: first large size

void* os_alloc(uint64_t n, uint64_t align) {
  return ::operator new(static_cast<size_t>(n), std::align_val_t(static_cast<size_t>(align)),
                        std::nothrow);
}
void os_free(void* p, uint64_t align) {
  ::operator delete(p, std::align_val_t(static_cast<size_t>(align)));
}

// The free-list link stored in a free stack's first word.
void*& link_of(void* stack) { return *static_cast<void**>(stack); }

int log2_pages(uint64_t bytes) {
  uint64_t pages = bytes / kStackPageSize;
  int log = 0;
  while (pages > 1) {
    pages >>= 1;
    ++log;
  }
  return log;
}

void add(std::atomic<uint64_t>& a, uint64_t n) { a.fetch_add(n, std::memory_order_relaxed); }
void sub(std::atomic<uint64_t>& a, uint64_t n) { a.fetch_sub(n, std::memory_order_relaxed); }
uint64_t get(const std::atomic<uint64_t>& a) { return a.load(std::memory_order_relaxed); }

}  // namespace

bool valid_stack_size(uint64_t n) { return n >= kFixedStack && (n & (n - 1)) == 0; }

int stack_order(uint64_t size) {
  if (!valid_stack_size(size) || size >= kSmallLimit || size >= kStackCacheSize) return -1;
  int order = 0;
  for (uint64_t s = size; s > kFixedStack; s >>= 1) ++order;
  return order;
}

// A 32 KiB block (aligned to 32 KiB, so a stack finds its span by masking) carved
// into stacks of one order. Go: an mspan allocated with spanAllocStack.
struct StackAllocator::Span {
  uintptr_t base = 0;
  int order = 0;
  uint32_t alloc_count = 0;   // stacks handed out of this span
  void* free = nullptr;       // free stacks in this span
  Span* prev = nullptr;       // links in Pool::spans_with_free
  Span* next = nullptr;
  bool listed = false;
};

StackAllocator::~StackAllocator() {
  // Everything still allocated belongs to this run and dies with it.
  for (auto& [base, span] : span_of_) {
    os_free(reinterpret_cast<void*>(base), kStackCacheSize);
    delete span;
  }
  release_free_large();
  for (auto& [lo, size] : large_live_) os_free(reinterpret_cast<void*>(lo), kStackPageSize);
}

void* StackAllocator::pool_alloc(int order) {
  Pool& pool = pools_[order];
  Span* span = pool.spans_with_free;
  if (span == nullptr) {
    void* block = os_alloc(kStackCacheSize, kStackCacheSize);
    if (block == nullptr) return nullptr;
    span = new Span;
    span->base = reinterpret_cast<uintptr_t>(block);
    span->order = order;
    const uint64_t size = kFixedStack << order;
    // Thread the free list so stacks are handed out from low addresses up.
    for (uint64_t off = kStackCacheSize; off >= size; off -= size) {
      void* stack = reinterpret_cast<void*>(span->base + off - size);
      link_of(stack) = span->free;
      span->free = stack;
    }
    {
      std::lock_guard<std::mutex> lock(spans_mu_);
      span_of_[span->base] = span;
    }
    span->listed = true;
    pool.spans_with_free = span;
    add(pool_spans_, 1);
    add(sys_bytes_, kStackCacheSize);
  }
  void* stack = span->free;
  span->free = link_of(stack);
  span->alloc_count++;
  if (span->free == nullptr) {  // full: take it off the list
    if (span->prev) span->prev->next = span->next;
    else pool.spans_with_free = span->next;
    if (span->next) span->next->prev = span->prev;
    span->prev = span->next = nullptr;
    span->listed = false;
  }
  return stack;
}

void StackAllocator::pool_free(void* stack, int order) {
  Pool& pool = pools_[order];
  const uintptr_t base = reinterpret_cast<uintptr_t>(stack) & ~(uintptr_t{kStackCacheSize} - 1);
  Span* span = nullptr;
  {
    std::lock_guard<std::mutex> lock(spans_mu_);
    auto it = span_of_.find(base);
    if (it == span_of_.end() || it->second->order != order) std::abort();  // not ours
    span = it->second;
  }
  if (!span->listed) {  // was full: it has a free stack again
    span->next = pool.spans_with_free;
    span->prev = nullptr;
    if (span->next) span->next->prev = span;
    pool.spans_with_free = span;
    span->listed = true;
  }
  link_of(stack) = span->free;
  span->free = stack;
  span->alloc_count--;
  if (span->alloc_count == 0) {
    // Go returns an empty stack span to the heap right away while the GC is off;
    // with no GC yet, that is always.
    if (span->prev) span->prev->next = span->next;
    else pool.spans_with_free = span->next;
    if (span->next) span->next->prev = span->prev;
    {
      std::lock_guard<std::mutex> lock(spans_mu_);
      span_of_.erase(span->base);
    }
    os_free(reinterpret_cast<void*>(span->base), kStackCacheSize);
    delete span;
    sub(pool_spans_, 1);
    sub(sys_bytes_, kStackCacheSize);
  }
}

void StackAllocator::cache_refill(StackCache& c, int order) {
  // Take half a cache's worth at once: a P that allocates again soon hits its cache,
  // and one that frees soon has room left before it must release.
  auto& o = c.orders_[order];
  const uint64_t size = kFixedStack << order;
  std::lock_guard<std::mutex> lock(pools_[order].mu);
  while (o.size < kStackCacheSize / 2) {
    void* stack = pool_alloc(order);
    if (stack == nullptr) break;
    link_of(stack) = o.list;
    o.list = stack;
    o.size += size;
    add(cached_bytes_, size);
  }
  add(cache_refills_, 1);
}

void StackAllocator::cache_release(StackCache& c, int order) {
  // Give back down to half, keeping the other half for this P's next allocations.
  auto& o = c.orders_[order];
  const uint64_t size = kFixedStack << order;
  std::lock_guard<std::mutex> lock(pools_[order].mu);
  while (o.size > kStackCacheSize / 2) {
    void* stack = o.list;
    o.list = link_of(stack);
    o.size -= size;
    sub(cached_bytes_, size);
    pool_free(stack, order);
  }
  add(cache_releases_, 1);
}

void StackAllocator::cache_clear(StackCache& c) {
  for (int order = 0; order < kNumStackOrders; ++order) {
    auto& o = c.orders_[order];
    std::lock_guard<std::mutex> lock(pools_[order].mu);
    while (o.list != nullptr) {
      void* stack = o.list;
      o.list = link_of(stack);
      pool_free(stack, order);
    }
    sub(cached_bytes_, o.size);
    o.size = 0;
  }
}

Stack StackAllocator::stack_alloc(uint64_t n, StackCache* cache) {
  if (!valid_stack_size(n) || n > kMaxStackCeiling) return {};
  void* v = nullptr;
  const int order = stack_order(n);
  if (order >= 0) {
    if (cache == nullptr) {
      std::lock_guard<std::mutex> lock(pools_[order].mu);
      v = pool_alloc(order);
    } else {
      auto& o = cache->orders_[order];
      if (o.list == nullptr) cache_refill(*cache, order);
      v = o.list;
      if (v != nullptr) {
        o.list = link_of(v);
        o.size -= n;
        sub(cached_bytes_, n);
      }
    }
    if (v == nullptr) return {};
    add(in_use_by_order_[order], 1);
  } else {
    const int log = log2_pages(n);
    {
      std::lock_guard<std::mutex> lock(large_mu_);
      if (!large_free_[log].empty()) {
        v = large_free_[log].back();
        large_free_[log].pop_back();
        sub(large_free_count_, 1);
      }
    }
    if (v == nullptr) {
      v = os_alloc(n, kStackPageSize);
      if (v == nullptr) return {};
      add(sys_bytes_, n);
    }
    {
      std::lock_guard<std::mutex> lock(large_mu_);
      large_live_[reinterpret_cast<uintptr_t>(v)] = n;
    }
    add(large_in_use_, 1);
  }
  add(bytes_in_use_, n);
  add(allocs_, 1);
  const auto lo = reinterpret_cast<uintptr_t>(v);
  return Stack{lo, lo + static_cast<uintptr_t>(n)};
}

void StackAllocator::stack_free(Stack s, StackCache* cache) {
  if (s.empty()) return;
  const uint64_t n = s.size();
  void* v = reinterpret_cast<void*>(s.lo);
  const int order = stack_order(n);
  if (order >= 0) {
    sub(in_use_by_order_[order], 1);
    if (cache == nullptr) {
      std::lock_guard<std::mutex> lock(pools_[order].mu);
      pool_free(v, order);
    } else {
      auto& o = cache->orders_[order];
      if (o.size >= kStackCacheSize) cache_release(*cache, order);
      link_of(v) = o.list;
      o.list = v;
      o.size += n;
      add(cached_bytes_, n);
    }
  } else {
    sub(large_in_use_, 1);
    std::lock_guard<std::mutex> lock(large_mu_);
    large_live_.erase(s.lo);
    large_free_[log2_pages(n)].push_back(v);
    add(large_free_count_, 1);
  }
  sub(bytes_in_use_, n);
  add(frees_, 1);
}

void StackAllocator::release_free_large() {
  std::lock_guard<std::mutex> lock(large_mu_);
  for (int log = 0; log < 64; ++log) {
    const uint64_t bytes = kStackPageSize << log;
    for (void* v : large_free_[log]) {
      os_free(v, kStackPageSize);
      sub(sys_bytes_, bytes);
      sub(large_free_count_, 1);
    }
    large_free_[log].clear();
  }
}

uint64_t StackAllocator::set_max_stack(uint64_t bytes) {
  return max_stack_.exchange(bytes, std::memory_order_relaxed);
}

void StackAllocator::note_copy(bool grow, uint64_t bytes_copied) {
  add(copies_, 1);
  add(grow ? grows_ : shrinks_, 1);
  add(bytes_copied_, bytes_copied);
}

StackStats StackAllocator::stats() const {
  StackStats s;
  for (int i = 0; i < kNumStackOrders; ++i) s.in_use_by_order[i] = get(in_use_by_order_[i]);
  s.large_in_use = get(large_in_use_);
  s.bytes_in_use = get(bytes_in_use_);
  s.cached_bytes = get(cached_bytes_);
  s.pool_spans = get(pool_spans_);
  s.large_free = get(large_free_count_);
  s.sys_bytes = get(sys_bytes_);
  s.allocs = get(allocs_);
  s.frees = get(frees_);
  s.cache_refills = get(cache_refills_);
  s.cache_releases = get(cache_releases_);
  s.copies = get(copies_);
  s.grows = get(grows_);
  s.shrinks = get(shrinks_);
  s.bytes_copied = get(bytes_copied_);
  return s;
}

}  // namespace gs::sched
