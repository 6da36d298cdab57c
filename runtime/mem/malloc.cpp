// malloc.cpp — mallocgc and a simple per-run Heap behind it (Go: runtime/malloc.go's
// decision tree — tiny, small with or without malloc header, large — over a
// deliberately plain page source until issue 5 brings mheap/mcentral/mcache).
//
// Invariant: every block handed out lies inside an OS block recorded in
// os_blocks_, is zero when returned, and stays valid until the Heap is destroyed.
#include "mem/malloc.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "types/type.h"

namespace gs::mem {

namespace {

constexpr uint64_t kChunkBytes = 64 * 1024;
constexpr uint64_t kChunkPages = kChunkBytes / kPageSize;

thread_local Heap* t_current_heap = nullptr;

uint64_t align_up(uint64_t n, uint64_t a) { return (n + a - 1) & ~(a - 1); }

}  // namespace

Heap::Heap() : Heap(Options{}) {}

Heap::Heap(Options options) : options_(options) {}

Heap::~Heap() {
  for (const OsBlock& b : os_blocks_) std::free(b.raw);
}

char* Heap::os_alloc_locked(uint64_t bytes) {
  if (options_.limit_bytes != 0 && sys_bytes_.load(std::memory_order_relaxed) + bytes > options_.limit_bytes)
    return nullptr;
  if (bytes + kPageSize > SIZE_MAX) return nullptr;  // wasm32: more than the address space
  // calloc: zeroed memory (lazily, from fresh pages, for big blocks natively); one
  // extra page lets us align the block to 8 KiB as Go's spans are.
  void* raw = std::calloc(1, static_cast<size_t>(bytes + kPageSize));
  if (raw == nullptr) return nullptr;
  uintptr_t begin = static_cast<uintptr_t>(align_up(reinterpret_cast<uintptr_t>(raw), kPageSize));
  os_blocks_.push_back(OsBlock{raw, begin, begin + static_cast<uintptr_t>(bytes)});
  sys_bytes_.fetch_add(bytes, std::memory_order_relaxed);
  return reinterpret_cast<char*>(begin);
}

char* Heap::alloc_pages(uint64_t npages) {
  std::lock_guard<std::mutex> lock(pages_mu_);
  uint64_t bytes = npages * kPageSize;
  if (npages > kChunkPages) return os_alloc_locked(bytes);
  if (chunk_next_ == nullptr || static_cast<uint64_t>(chunk_end_ - chunk_next_) < bytes) {
    char* chunk = os_alloc_locked(kChunkBytes);  // the old chunk's tail stays unused
    if (chunk == nullptr) return nullptr;
    chunk_next_ = chunk;
    chunk_end_ = chunk + kChunkBytes;
  }
  char* p = chunk_next_;
  chunk_next_ += bytes;
  return p;
}

void* Heap::alloc_small(uint8_t size_class, bool noscan) {
  SpanClassState& sc = span_classes_[(size_class << 1) | (noscan ? 1 : 0)];
  uint64_t size = class_to_size[size_class];
  char* x;
  {
    std::lock_guard<std::mutex> lock(sc.mu);
    if (sc.next == nullptr || static_cast<uint64_t>(sc.end - sc.next) < size) {
      // Start a new span with Go's page count and object count for this class.
      char* span = alloc_pages(class_to_allocnpages[size_class]);
      if (span == nullptr) return nullptr;
      sc.next = span;
      sc.end = span + uint64_t{class_objects_per_span(size_class)} * size;
      class_counts_[size_class].spans.fetch_add(1, std::memory_order_relaxed);
    }
    x = sc.next;
    sc.next += size;
  }
  class_counts_[size_class].objects.fetch_add(1, std::memory_order_relaxed);
  bytes_allocated_.fetch_add(size, std::memory_order_relaxed);
  mallocs_.fetch_add(1, std::memory_order_relaxed);
  return x;
}

// Go's tiny allocator: pointer-free requests under 16 bytes share 16-byte blocks,
// each placed at the next offset aligned for its size (8 if a multiple of 8, else
// 4, else 2). One current block per heap here; Go keeps one per P (mcache).
void* Heap::alloc_tiny(uint64_t size) {
  std::lock_guard<std::mutex> lock(tiny_mu_);
  uint64_t off = tiny_offset_;
  if ((size & 7) == 0) {
    off = align_up(off, 8);
  } else if ((size & 3) == 0) {
    off = align_up(off, 4);
  } else if ((size & 1) == 0) {
    off = align_up(off, 2);
  }
  if (tiny_ != nullptr && off + size <= kTinySize) {
    tiny_offset_ = off + size;
    tiny_allocs_.fetch_add(1, std::memory_order_relaxed);
    mallocs_.fetch_add(1, std::memory_order_relaxed);
    return tiny_ + off;
  }
  char* block = static_cast<char*>(alloc_small(kTinySizeClass, true));
  if (block == nullptr) return nullptr;
  // Keep whichever block has more room left.
  if (tiny_ == nullptr || size < tiny_offset_) {
    tiny_ = block;
    tiny_offset_ = size;
  }
  return block;
}

void* Heap::mallocgc(uint64_t size, const types::Type* typ, bool needzero) {
  if (size == 0) return zerobase_;  // Go: &zerobase
  if (size > kMaxAlloc) return nullptr;
  const bool noscan = typ == nullptr || !typ->pointers();
  // Memory is fresh (zero) and never reused yet, so needzero costs nothing here;
  // when issue 5 reuses spans it must clear when needzero || !noscan.
  (void)needzero;
  if (noscan && size < kTinySize) return alloc_tiny(size);
  SizeClassChoice choice = choose_size_class(size, noscan);
  if (choice.size_class != 0) {
    char* x = static_cast<char*>(alloc_small(choice.size_class, noscan));
    if (x == nullptr) return nullptr;
    if (choice.has_header) {
      // The header holds the object's type so the GC can scan it (Go: heapSetType).
      types::Word w = types::word_from_ptr(typ);
      std::memcpy(x, &w, sizeof w);
      x += kMallocHeaderSize;
    }
    return x;
  }
  char* x = alloc_pages(choice.block_bytes / kPageSize);
  if (x == nullptr) return nullptr;
  large_objects_.fetch_add(1, std::memory_order_relaxed);
  large_bytes_.fetch_add(choice.block_bytes, std::memory_order_relaxed);
  bytes_allocated_.fetch_add(choice.block_bytes, std::memory_order_relaxed);
  mallocs_.fetch_add(1, std::memory_order_relaxed);
  return x;
}

HeapStats Heap::stats() const {
  HeapStats s;
  s.mallocs = mallocs_.load(std::memory_order_relaxed);
  s.tiny_allocs = tiny_allocs_.load(std::memory_order_relaxed);
  s.bytes_allocated = bytes_allocated_.load(std::memory_order_relaxed);
  s.large_objects = large_objects_.load(std::memory_order_relaxed);
  s.large_bytes = large_bytes_.load(std::memory_order_relaxed);
  s.sys_bytes = sys_bytes_.load(std::memory_order_relaxed);
  for (int c = 1; c < kNumSizeClasses; c++) {
    s.by_class[c].objects = class_counts_[c].objects.load(std::memory_order_relaxed);
    s.by_class[c].bytes = s.by_class[c].objects * class_to_size[c];
    s.by_class[c].spans = class_counts_[c].spans.load(std::memory_order_relaxed);
  }
  std::lock_guard<std::mutex> lock(pages_mu_);
  s.os_blocks = os_blocks_.size();
  return s;
}

bool Heap::owns(const void* p) const {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (p == zerobase_) return true;
  std::lock_guard<std::mutex> lock(pages_mu_);
  for (const OsBlock& b : os_blocks_)
    if (a >= b.begin && a < b.end) return true;
  return false;
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

BindHeap::BindHeap(Heap* heap) : previous_(t_current_heap) { t_current_heap = heap; }

BindHeap::~BindHeap() { t_current_heap = previous_; }

}  // namespace gs::mem
