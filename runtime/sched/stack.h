// stack.h — the goroutine stack allocator (Go: runtime/stack.go's stackalloc /
// stackfree, stackpool, stackLarge and the per-P stackcache), plus the guard words a
// function prologue compares against.
//
// Conventions (as in Go): a stack is the address range [lo, hi); it grows DOWNWARD,
// so the first frame sits just below hi and the stack pointer moves toward lo. The
// prologue of a function with frame size F at stack pointer sp takes the slow path
// (morestack → newstack, see stackcopy.h) when sp - F < stackguard0, where
// stackguard0 is normally lo + kStackGuard and is set to kStackPreempt to force the
// slow path (how preemption requests reach a running goroutine).
//
// Invariants:
//  * Every stack size is a power of two >= kFixedStack (2 KiB). Sizes 2, 4, 8 and
//    16 KiB ("orders" 0..3) are carved out of 32 KiB spans and recycled through
//    per-order global pools and per-P caches; bigger stacks are their own OS block,
//    recycled through a large-stack pool indexed by log2(pages).
//  * A per-P StackCache holds at most kStackCacheSize bytes per order; it refills
//    from (and releases to) the global pool in batches of half that, so a P that
//    alternates alloc/free does not thrash the global lock.
//  * A stack is owned by exactly one of: a G, a StackCache, a pool free list.
//    The free-list link lives in the first word of the free stack (Go's gclinkptr).
//  * The allocator is thread-safe through its own locks; a StackCache is not — it
//    belongs to one P and only the M holding that P touches it.
//  * Counters are atomics so the UI can read them without taking a runtime lock.
#pragma once
#include <atomic>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace gs::sched {

// Go: fixedStack on Linux (stackMin 2048 + stackSystem 0, already a power of two).
inline constexpr uint64_t kFixedStack = 2048;
// Go: _NumStackOrders — orders 0..3 are 2, 4, 8, 16 KiB.
inline constexpr int kNumStackOrders = 4;
// Go: _StackCacheSize — bytes a per-P cache holds per order, and the span size the
// small pools carve stacks from.
inline constexpr uint64_t kStackCacheSize = 32 * 1024;
// Go: _PageSize — the unit large stacks are counted in.
inline constexpr uint64_t kStackPageSize = 8192;
// Go: maxstacksize on 64-bit (Go values are laid out as on amd64 in every build, so
// the wasm build uses the amd64 limit too) and maxstackceiling = 2 * maxstacksize.
inline constexpr uint64_t kDefaultMaxStack = 1000000000;
inline constexpr uint64_t kMaxStackCeiling = 2 * kDefaultMaxStack;

// Our guard: bytes above lo that a checked frame may never reach. Go reserves 928
// bytes on linux/amd64 for chains of NOSPLIT machine-code functions that run without
// a check. Our runtime helpers run on the host stack, never on the Go stack, so the
// only unchecked writes below a frame are the VM's own call linkage and the scratch
// words of a builtin called from a leaf frame; 256 bytes (32 words) covers those
// with room to spare, and keeps a fresh 2 KiB stack useful for 1792 bytes of frames.
inline constexpr uint64_t kStackGuard = 256;

// Go: stackPreempt — 0xfff...fade: larger than any real stack pointer, so a prologue
// comparing against it always fails and the G enters newstack, which sees the
// request and yields instead of growing. Host pointer width, like Go's uintptr.
inline constexpr uintptr_t kStackPreempt = static_cast<uintptr_t>(-1314);

struct Stack {
  uintptr_t lo = 0;  // lowest address, inclusive
  uintptr_t hi = 0;  // top, exclusive: frames grow down from here
  uint64_t size() const { return hi - lo; }
  bool empty() const { return hi == lo; }
  bool contains(uint64_t addr) const { return addr >= lo && addr < hi; }
};

// Order of a small stack size (2 KiB → 0 … 16 KiB → 3), or -1 for a large size.
int stack_order(uint64_t size);
// Whether n is a size stack_alloc accepts: a power of two >= kFixedStack.
bool valid_stack_size(uint64_t n);

// A snapshot of the allocator's counters (the Stacks panel reads these). Each
// counter is exact; counters read while Ms allocate may be from slightly different
// instants.
struct StackStats {
  uint64_t in_use_by_order[kNumStackOrders] = {};  // small stacks owned by Gs
  uint64_t large_in_use = 0;       // large stacks owned by Gs
  uint64_t bytes_in_use = 0;       // bytes of all stacks owned by Gs (Go: StackInuse-ish)
  uint64_t cached_bytes = 0;       // bytes sitting in per-P caches
  uint64_t pool_spans = 0;         // 32 KiB spans currently backing the small pools
  uint64_t large_free = 0;         // large stacks waiting in the large-stack pool
  uint64_t sys_bytes = 0;          // bytes currently obtained from the OS for stacks
  uint64_t allocs = 0;             // stack_alloc calls that succeeded
  uint64_t frees = 0;              // stack_free calls
  uint64_t cache_refills = 0;      // Go: stackcacherefill
  uint64_t cache_releases = 0;     // Go: stackcacherelease
  uint64_t copies = 0;             // copystack calls (grow + shrink)
  uint64_t grows = 0;
  uint64_t shrinks = 0;
  uint64_t bytes_copied = 0;       // used bytes moved by copystack
};

class StackAllocator;

// Go: mcache.stackcache — one per P. Not thread-safe (owned by the P's M).
class StackCache {
 public:
  StackCache() = default;
  StackCache(const StackCache&) = delete;
  StackCache& operator=(const StackCache&) = delete;
  // Bytes currently cached for an order (for tests and the panel).
  uint64_t cached_bytes(int order) const { return orders_[order].size; }

 private:
  friend class StackAllocator;
  struct Order {
    void* list = nullptr;  // singly linked through each free stack's first word
    uint64_t size = 0;     // bytes on the list
  };
  Order orders_[kNumStackOrders];
};

// Go: stackpool + stackLarge + stackalloc/stackfree. One per run (DESIGN seam 9):
// destroying it releases every block it took from the OS.
class StackAllocator {
 public:
  StackAllocator() = default;
  ~StackAllocator();
  StackAllocator(const StackAllocator&) = delete;
  StackAllocator& operator=(const StackAllocator&) = delete;

  // Allocates a stack of n bytes (a power of two >= kFixedStack). Small stacks come
  // from `cache` when given (refilling it from the global pool), else straight from
  // the pool, as Go does when the M has no P. Returns an empty Stack when n is
  // invalid or the OS refuses memory (the caller raises "out of memory").
  Stack stack_alloc(uint64_t n, StackCache* cache);
  // Returns a stack obtained from stack_alloc. Small ones go to `cache` when given
  // (releasing half of it to the pool once it holds kStackCacheSize bytes).
  void stack_free(Stack s, StackCache* cache);
  // Go: stackcache_clear — returns everything a P's cache holds to the pools (a P
  // being destroyed, or the GC flushing caches).
  void cache_clear(StackCache& cache);
  // Go: freeStackSpans — gives the large-stack pool back to the OS (the GC calls it
  // at the end of a cycle). Empty small spans are returned as soon as they empty.
  void release_free_large();

  // Go: runtime/debug.SetMaxStack — returns the previous limit.
  uint64_t set_max_stack(uint64_t bytes);
  uint64_t max_stack() const { return max_stack_.load(std::memory_order_relaxed); }

  StackStats stats() const;

  // Called by copystack (stackcopy.cpp) to keep the copy counters here.
  void note_copy(bool grow, uint64_t bytes_copied);

 private:
  struct Span;  // a 32 KiB block carved into stacks of one order
  void* pool_alloc(int order);              // needs pools_[order].mu
  void pool_free(void* stack, int order);   // needs pools_[order].mu
  void cache_refill(StackCache& c, int order);
  void cache_release(StackCache& c, int order);

  struct Pool {
    std::mutex mu;
    Span* spans_with_free = nullptr;  // doubly linked list of spans with a free stack
  };
  Pool pools_[kNumStackOrders];
  std::mutex spans_mu_;                             // guards span_of_ (all orders)
  std::unordered_map<uintptr_t, Span*> span_of_;    // span base → span

  std::mutex large_mu_;
  std::vector<void*> large_free_[64];  // Go: stackLarge.free, by log2(pages)
  std::unordered_map<uintptr_t, uint64_t> large_live_;  // large stacks owned by Gs: lo → size

  std::atomic<uint64_t> max_stack_{kDefaultMaxStack};

  std::atomic<uint64_t> in_use_by_order_[kNumStackOrders] = {};
  std::atomic<uint64_t> large_in_use_{0};
  std::atomic<uint64_t> bytes_in_use_{0};
  std::atomic<uint64_t> cached_bytes_{0};
  std::atomic<uint64_t> pool_spans_{0};
  std::atomic<uint64_t> large_free_count_{0};
  std::atomic<uint64_t> sys_bytes_{0};
  std::atomic<uint64_t> allocs_{0};
  std::atomic<uint64_t> frees_{0};
  std::atomic<uint64_t> cache_refills_{0};
  std::atomic<uint64_t> cache_releases_{0};
  std::atomic<uint64_t> copies_{0};
  std::atomic<uint64_t> grows_{0};
  std::atomic<uint64_t> shrinks_{0};
  std::atomic<uint64_t> bytes_copied_{0};
};

}  // namespace gs::sched
