// malloc.h — the allocation seam every Go heap object comes through (Go:
// runtime/malloc.go's mallocgc) and the per-run Heap behind it: Go's allocator
// (mheap pages in arenas, mcentral per span class, mcache per P, spans with alloc
// and mark bits) plus what a collector needs to free memory (find_object, mark bits,
// pointer words, sweeping by sweepgen) and runtime.MemStats' heap numbers.
//
// Invariants:
//  * mallocgc is the only way Go-visible memory is made (DESIGN.md seam 3). Blocks
//    are chosen as Go 1.23 chooses them: the tiny allocator for pointer-free requests
//    under 16 bytes, size classes up to 32760 bytes (objects with pointers over 512
//    bytes get an 8-byte header holding their type, and the caller's pointer is just
//    past it), whole 8 KiB pages above (the span records the type).
//  * What mallocgc returns is zeroed whenever needzero is true or the type has
//    pointers (fresh pages are zero; reused memory is cleared then).
//  * While set_gc_marking(true), every object mallocgc returns is already marked
//    (allocate-black), and no span that needs sweeping is handed out.
//  * A Heap belongs to one run and owns everything allocated from it: destroying it
//    releases all of its memory at once (DESIGN.md seam 9).
//  * Thread-safe: any number of threads allocate concurrently (each through its own
//    bound mcache, or the shared fallback mcache under a lock), and sweep_one may run
//    on other threads at the same time.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "mem/mcache.h"
#include "mem/mcentral.h"
#include "mem/mheap.h"
#include "mem/mprof.h"
#include "mem/sizeclasses.h"

namespace gs::types {
struct Type;
}

namespace gs::mem {

// Allocation counters (cheap, for tests and tools; runtime.MemStats uses mem_stats).
struct ClassCounts {
  uint64_t objects = 0;  // objects handed out from this class (tiny blocks for class 2)
  uint64_t bytes = 0;    // objects * class size
  uint64_t spans = 0;    // spans of this class made from the page heap, ever
};
struct HeapStats {
  uint64_t mallocs = 0;          // objects handed out, tiny ones included (Go: MemStats.Mallocs)
  uint64_t frees = 0;            // objects freed by sweeping (tiny sub-allocations not counted)
  uint64_t tiny_allocs = 0;      // requests packed into an existing 16-byte tiny block
  uint64_t bytes_allocated = 0;  // block bytes handed out (Go: TotalAlloc)
  uint64_t large_objects = 0;    // objects over 32760 bytes, each its own page run
  uint64_t large_bytes = 0;
  uint64_t sys_bytes = 0;        // heap memory made usable (Go: HeapSys)
  uint64_t inuse_bytes = 0;      // pages in in-use spans (Go: HeapInuse)
  ClassCounts by_class[kNumSizeClasses];  // [0] unused: large objects are counted above
};

class Heap {
 public:
  struct Options {
    uint64_t limit_bytes = 0;  // most bytes of in-use spans (HeapInuse); 0 = no limit
    bool clobberfree = false;  // GODEBUG=clobberfree=1: sweep fills freed objects with 0xdeadbeef
    int64_t mem_profile_rate = kDefaultMemProfileRate;  // runtime.MemProfileRate (mem/mprof.h); 0 = off
  };
  Heap();
  explicit Heap(Options options);
  ~Heap();  // releases every arena, span and mcache of this heap
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Allocates an object of `size` bytes for a value of type `typ` (nullptr: no
  // pointers) or for size/typ->size copies of it. Size 0 returns zerobase. Returns
  // nullptr when the limit or the OS refuses — the caller raises Go's "fatal error:
  // out of memory". Uses the calling thread's mcache if it belongs to this heap,
  // else the fallback mcache under a lock (Go's mcache0).
  void* mallocgc(uint64_t size, const types::Type* typ, bool needzero);

  // ---- mcaches (one per P) ----
  MCache* new_mcache(int32_t owner_p = -1);  // owner_p: the P it serves (-1: the fallback)
  void free_mcache(MCache* c);  // flushes it first

  // ---- for the collector ----
  void set_gc_marking(bool on);
  bool gc_marking() const { return marking_.load(std::memory_order_acquire); }
  // The object slot of an in-use span that p points into; false for pointers into a
  // malloc header, past the last slot, into free/manual spans or outside the heap.
  bool find_object(uintptr_t p, ObjectRef* out) const;
  void flush_mcaches_for_gc();   // world stopped: every mcache gives back its spans and tiny block
  void start_sweep_cycle();      // world stopped, marking done: sweepgen += 2
  bool sweep_one();              // false when nothing is left to sweep
  // Bytes allocated black (marked by mallocgc) since set_gc_marking(true) (Go adds
  // these to the marked bytes in gcmarknewobject).
  uint64_t allocated_black_bytes() const { return black_bytes_.load(std::memory_order_relaxed); }
  void finish_sweep();           // sweeps everything left
  bool sweep_done() const;
  uint32_t sweepgen() const { return sweepgen_.load(std::memory_order_acquire); }
  uint64_t heap_live() const;
  uint64_t heap_marked_last() const { return heap_marked_.load(std::memory_order_relaxed); }
  // At mark termination: the marked bytes; also becomes heap_live (Go's heapLive reset).
  void set_heap_marked(uint64_t bytes);
  // Objects and bytes freed by sweeping in the current cycle (since start_sweep_cycle).
  uint64_t swept_objects_freed() const { return cycle_freed_objects_.load(std::memory_order_relaxed); }
  uint64_t swept_bytes_freed() const { return cycle_freed_bytes_.load(std::memory_order_relaxed); }

  // GC trigger: when heap_live reaches `bytes` after an mcache refill or a large
  // allocation, mallocgc calls hook(arg) on the allocating thread (Go: mallocgc's
  // gcTrigger test). 0 = never. The hook must be cheap and must not allocate.
  void set_gc_trigger(uint64_t bytes) { gc_trigger_.store(bytes, std::memory_order_relaxed); }
  uint64_t gc_trigger() const { return gc_trigger_.load(std::memory_order_relaxed); }
  void set_gc_trigger_hook(void (*hook)(void*), void* arg) {
    trigger_arg_.store(arg, std::memory_order_relaxed);
    trigger_hook_.store(hook, std::memory_order_release);
  }
  // Mark assists (Go: deductAssistCredit at the top of mallocgc): while marking, each
  // allocation is charged, in requested bytes, to the credit bound to the calling
  // thread (bind_assist_credit: the running goroutine's gcAssistBytes); when that goes
  // negative, mallocgc calls hook(arg, credit) first — the collector scans grey objects
  // or takes background credit until the goroutine is out of debt.
  void set_assist_hook(void (*hook)(void*, int64_t*), void* arg) {
    assist_arg_.store(arg, std::memory_order_relaxed);
    assist_hook_.store(hook, std::memory_order_release);
  }

  // ---- statistics and tools ----
  // The heap profile: blocks sampled by mallocgc, freed by sweeping (mem/mprof.h).
  MemProfile& mem_profile() { return *mprof_; }
  MemStatsSnapshot mem_stats() const;
  HeapStats stats() const;
  void snapshot(AllocSnapshot* out) const;
  // Returns free pages to the OS (natively madvise(MADV_DONTNEED); in wasm only the
  // accounting, since memory cannot be given back to the browser). Returns bytes released.
  uint64_t scavenge(uint64_t bytes);
  uint64_t free_os_memory() { return scavenge(~uint64_t{0}); }

  // Whether p points into memory this heap obtained (for tests and assertions).
  bool owns(const void* p) const;
  void* zerobase() { return zerobase_; }
  const void* zerobase() const { return zerobase_; }
  const Options& options() const { return options_; }
  uint64_t limit_bytes() const { return options_.limit_bytes; }

 private:
  friend struct MCache;

  // Small/tiny/large paths of mallocgc on mcache c (owned by the caller).
  void* malloc_on(MCache* c, uint64_t size, const types::Type* typ, bool needzero);
  void* malloc_tiny(MCache* c, uint64_t size);
  void* malloc_small(MCache* c, SpanClass spc);
  void* malloc_large(uint64_t size, const types::Type* typ, bool needzero);

  // ---- mcentral (mcentral.cpp) ----
  MSpan* cache_span(SpanClass spc);     // Go: mcentral.cacheSpan
  void uncache_span(MSpan* s);          // Go: mcentral.uncacheSpan
  MSpan* grow_central(SpanClass spc);   // Go: mcentral.grow
  void push_swept(MSpan* s);            // onto its class's swept partial/full set

  // ---- pages and spans (mheap.cpp) ----
  // A span of npages from the page heap, initialised for spc; nullptr if out of memory.
  MSpan* alloc_span(uint64_t npages, SpanClass spc);
  void free_span(MSpan* s);             // its pages back to the page heap
  MSpan* new_span_desc();               // heap_mu_ held
  bool alloc_pages_locked(uint64_t npages, Arena** arena, uint64_t* first_page, bool* needzero);
  bool grow_locked(uint64_t npages);
  Arena* arena_for(uintptr_t p) const;
  void release_arenas();                // destructor: every arena back to the OS
  void register_arena_locked(Arena* a);
  // Before allocating npages from the page heap while sweeping is unfinished, sweep
  // enough to free about that much (Go: mheap.reclaim; proportional sweep).
  void reclaim(uint64_t npages);

  // ---- sweeping (msweep_span.cpp) ----
  // Sweeps s, which the caller owns with sweepgen h-1. If preserve, s is kept (an
  // mcache is about to use it) and not put on a list or freed. Returns true if s
  // was freed to the page heap.
  bool sweep_span(MSpan* s, bool preserve);
  void sweep_count(bool start);

  void fold_mcache_counters(MCache* c);  // heap_mu_ not required; takes counters_mu_
  void mark_new_object(MSpan* s, uintptr_t base);
  void check_trigger();  // after heap_live grew  // allocate-black
  bool sweep_one_counting(uint64_t* pages_swept);

  Options options_;
  std::unique_ptr<MemProfile> mprof_;
  std::atomic<uint32_t> sweepgen_{0};
  std::atomic<bool> marking_{false};

  // Heap lock: arenas, page bitmaps, span descriptors, the mcache list.
  mutable std::mutex heap_mu_;
  // Folding an mcache's allocation counts into the totals, and reading both (mem_stats):
  // taken after heap_mu_ when both are held.
  mutable std::mutex counters_mu_;
  std::vector<Arena*> arenas_;  // by address
  Arena* growing_ = nullptr;    // the arena grown next
  // Arena lookup by address (Go: mheap.arenas): two levels, entries published atomically.
  static constexpr unsigned kAddrBits = sizeof(uintptr_t) == 8 ? 48 : 32;
  static constexpr unsigned kArenaIndexBits = kAddrBits - kArenaShift;
  static constexpr unsigned kArenaL2Bits = kArenaIndexBits < 12 ? kArenaIndexBits : 12;
  static constexpr unsigned kArenaL1Bits = kArenaIndexBits - kArenaL2Bits;
  Arena** arena_l1_[size_t{1} << kArenaL1Bits] = {};
  std::vector<MSpan*> all_span_descs_;  // every descriptor made, for the destructor
  MSpan* unused_spans_ = nullptr;  // descriptors to reuse (Go: spanalloc's free list)
  uint64_t span_descs_ = 0, span_descs_inuse_ = 0;
  uint64_t pages_inuse_ = 0, pages_released_ = 0, pages_grown_ = 0;
  uint64_t gc_bits_bytes_ = 0, table_bytes_ = 0;
  std::vector<MCache*> mcaches_;
  uint64_t mcaches_ever_ = 0;

  MCentral central_[kNumSpanClasses];

  std::mutex fallback_mu_;
  MCache* fallback_ = nullptr;  // Go: mcache0

  // Sweeping.
  std::atomic<int> sweep_class_cursor_{0};
  std::atomic<int> active_sweepers_{0};
  std::atomic<bool> sweep_drained_{true};
  std::atomic<uint64_t> cycle_freed_objects_{0}, cycle_freed_bytes_{0};

  // Statistics (relaxed atomics; exact when read with the world stopped).
  std::atomic<uint64_t> small_allocs_[kNumSizeClasses] = {};
  std::atomic<uint64_t> small_frees_[kNumSizeClasses] = {};
  std::atomic<uint64_t> class_spans_[kNumSizeClasses] = {};
  std::atomic<uint64_t> tiny_allocs_{0};
  std::atomic<uint64_t> large_allocs_{0}, large_alloc_bytes_{0}, large_frees_{0}, large_free_bytes_{0};
  std::atomic<int64_t> heap_live_{0};
  std::atomic<uint64_t> heap_marked_{0};
  std::atomic<uint64_t> black_bytes_{0};
  std::atomic<uint64_t> gc_trigger_{0};
  std::atomic<void (*)(void*)> trigger_hook_{nullptr};
  std::atomic<void*> trigger_arg_{nullptr};
  std::atomic<void (*)(void*, int64_t*)> assist_hook_{nullptr};
  std::atomic<void*> assist_arg_{nullptr};
  void deduct_assist_credit(uint64_t size);

  alignas(8) char zerobase_[8] = {};
};

// The seam the VM calls: allocates from the Heap bound to the calling thread (an M
// binds its run's heap with BindHeap), through the thread's mcache if one is bound.
// Aborts if no heap is bound, as Go throws when mallocgc runs without a P. Size is
// 64-bit so a Go size never truncates on wasm32.
void* mallocgc(uint64_t size, const types::Type* typ, bool needzero);

// Go: newobject — one zeroed value of type typ.
void* newobject(const types::Type* typ);
// Go: newarray — n zeroed values of type typ; nullptr if n < 0 or the size
// overflows (Go panics "runtime: allocation size out of range") or memory runs out.
void* newarray(const types::Type* typ, int64_t n);

Heap* current_heap();

// The assist credit (Go: g.gcAssistBytes) mallocgc charges on this thread; the M binds
// its running goroutine's while it runs it. nullptr: allocations here are not charged.
// Returns the binding it replaces.
int64_t* bind_assist_credit(int64_t* credit);

// Binds a heap to the calling thread for the scope's lifetime (restores the previous).
class BindHeap {
 public:
  explicit BindHeap(Heap* heap);
  ~BindHeap();
  BindHeap(const BindHeap&) = delete;
  BindHeap& operator=(const BindHeap&) = delete;

 private:
  Heap* previous_;
};

}  // namespace gs::mem
