// mprof.h — the heap profile of one run (Go: runtime/mprof.go's memory profile and
// malloc.go's sampling): which allocation sites (stacks of Go frames) allocated how
// many objects and bytes, and how many of those were freed again.
//
// Invariants:
//  * Sampling is Go's: with MemProfileRate r > 1, each thread allocating counts down a
//    distance drawn from the exponential distribution with mean r (Go: nextSample /
//    fastexprand); the block whose full size crosses it is sampled and a new distance
//    drawn. r == 1 samples every block, r == 0 none. Sizes are the block's full size
//    (span element size; a new 16-byte tiny block, never a tiny sub-allocation), the
//    same size the sweeper reports when it frees the block.
//  * A sampled block carries a "profile special" (Go: specialprofile) — here an entry
//    in an address-ordered table — until the sweeper frees it; then the free is counted
//    to its bucket and the entry removed. So no entry outlives its object.
//  * Counts go to Go's three future cycles: mallocs to C+2, sweep frees to C+1; mark
//    termination advances C and folds cycle C into the published (active) counts, and
//    the end of runtime.GC's sweep folds C+1 (Go: mProf_NextCycle, mProf_Flush,
//    mProf_PostSweep). The published counts are thus the heap as of the last completed
//    collection. If nothing was ever published (no GC yet), records() folds every cycle
//    in, as Go's MemProfile does.
//  * mem knows nothing of the VM: the stack of the allocating goroutine comes from a
//    hook the VM installs (set_stack_hook), which fills program counters innermost first.
//  * Thread-safe: any thread may sample, the sweeper may free, a reader may read.
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace gs::mem {

inline constexpr int64_t kDefaultMemProfileRate = 512 * 1024;  // Go: runtime.MemProfileRate
inline constexpr int kMaxProfileStack = 128;                    // Go: debug.profstackdepth's default

// One allocation site as runtime.MemProfile reports it (Go: MemProfileRecord).
struct MemProfileRecord {
  int64_t alloc_bytes = 0, free_bytes = 0;
  int64_t alloc_objects = 0, free_objects = 0;
  std::vector<uint64_t> stack;  // program counters, innermost first (return addresses)
  int64_t inuse_bytes() const { return alloc_bytes - free_bytes; }
  int64_t inuse_objects() const { return alloc_objects - free_objects; }
};

class MemProfile {
 public:
  // Fills at most max pcs of the calling goroutine's stack, innermost first; returns
  // how many. 0 when the thread runs no goroutine.
  using StackHook = int (*)(void* arg, uint64_t* pcs, int max);

  explicit MemProfile(int64_t rate = kDefaultMemProfileRate);
  ~MemProfile();
  MemProfile(const MemProfile&) = delete;
  MemProfile& operator=(const MemProfile&) = delete;

  int64_t rate() const { return rate_.load(std::memory_order_relaxed); }
  // Go: assigning runtime.MemProfileRate (ideally before the first allocation). Every
  // thread draws a fresh distance with the new mean at its next allocation.
  void set_rate(int64_t rate);
  // Go's runtime.MemProfileRate is a variable programs assign: bind the profile to the
  // program's copy of it. The variable starts at `initial` (Go's linker stores 0 there
  // in a program that never reads the profile, while our sampler keeps its rate for
  // the app's export); every later store the program makes becomes the rate at the
  // next allocation. nullptr unbinds.
  void bind_rate_variable(int64_t* var, int64_t initial);
  void set_stack_hook(StackHook hook, void* arg);

  // mallocgc's test for a block of full size `size` (Go: the nextSample countdown).
  // True: the caller records the block with record_malloc.
  bool sample(uint64_t size) {
    int64_t r = rate_.load(std::memory_order_relaxed);
    if (int64_t* var = rate_var_.load(std::memory_order_relaxed)) {
      const int64_t now = __atomic_load_n(var, __ATOMIC_RELAXED);
      if (now != rate_var_seen_.load(std::memory_order_relaxed)) {
        rate_var_seen_.store(now, std::memory_order_relaxed);
        set_rate(now);
        r = rate_.load(std::memory_order_relaxed);
      }
    }
    if (r <= 0) return false;
    if (r == 1) return true;
    return sample_slow(size);
  }
  // Go: mProf_Malloc — the calling goroutine's stack, a bucket for it, the malloc
  // counted in cycle C+2, and the profile special on the block at `base`.
  void record_malloc(uintptr_t base, uint64_t size);

  // The sweeper, for a span of [start, start+bytes) with objects of `elemsize` bytes,
  // before it frees anything: for each sampled block in the span that is_freed(base)
  // says is being freed, counts the free (Go: mProf_Free via freeSpecial) and drops the
  // special. Cheap test first: has_specials().
  bool has_specials() const { return specials_count_.load(std::memory_order_acquire) != 0; }
  void sweep_span(uintptr_t start, uint64_t bytes, uint64_t elemsize,
                  const std::function<bool(uintptr_t base)>& is_freed);

  // Mark termination, world stopped: Go's mProf_NextCycle then mProf_Flush.
  void next_cycle();
  uint32_t cycle() const { return cycle_.load(std::memory_order_acquire) >> 1; }
  // runtime.GC after it swept everything, if no other mark termination came between
  // (cycle() still equals `cycle`): Go's mProf_PostSweep.
  void post_sweep(uint32_t cycle);

  // Go: runtime.MemProfile(p, inuseZero) — the published records; with inuse_zero all
  // buckets, else those with bytes in use.
  std::vector<MemProfileRecord> records(bool inuse_zero);

  // Sampled blocks still carrying a special (tests).
  size_t live_specials() const { return specials_count_.load(std::memory_order_acquire); }

 private:
  struct Cycle {
    uint64_t allocs = 0, frees = 0, alloc_bytes = 0, free_bytes = 0;
    void add(const Cycle& o) {
      allocs += o.allocs;
      frees += o.frees;
      alloc_bytes += o.alloc_bytes;
      free_bytes += o.free_bytes;
    }
  };
  struct Bucket {
    std::vector<uint64_t> stack;
    Cycle active;
    Cycle future[3];
  };
  struct StackHash {
    size_t operator()(const std::vector<uint64_t>& s) const;
  };

  bool sample_slow(uint64_t size);
  int64_t next_sample();
  void flush_locked(uint32_t index);  // mu_ held: future[index] into active

  const uint64_t id_;  // tells threads' sampling state of different profiles apart
  std::atomic<int64_t> rate_;
  std::atomic<uint64_t> rate_gen_{0};
  std::atomic<int64_t*> rate_var_{nullptr};
  std::atomic<int64_t> rate_var_seen_{0};  // the variable's value the rate last followed
  std::atomic<StackHook> hook_{nullptr};
  std::atomic<void*> hook_arg_{nullptr};
  // Go's mProfCycle: cycle number << 1 | flushed flag.
  std::atomic<uint32_t> cycle_{0};

  std::mutex mu_;  // buckets and their counts
  std::unordered_map<std::vector<uint64_t>, std::unique_ptr<Bucket>, StackHash> buckets_;
  std::vector<Bucket*> order_;  // buckets in creation order (Go: mbuckets list)

  mutable std::mutex specials_mu_;
  std::map<uintptr_t, std::pair<Bucket*, uint64_t>> specials_;  // block base -> (bucket, size)
  std::atomic<size_t> specials_count_{0};
};

}  // namespace gs::mem
