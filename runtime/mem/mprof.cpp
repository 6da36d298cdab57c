// mprof.cpp — see mprof.h (Go: runtime/mprof.go's memRecord cycles and bucket table,
// malloc.go's nextSample / fastexprand, mheap.go's profile specials).
//
// Invariant: a bucket, once made, lives as long as the profile (Go never frees
// buckets either), so a special's Bucket* stays valid; every count changes under mu_.
#include "mem/mprof.h"

#include <chrono>
#include <cmath>

namespace gs::mem {

namespace {

// Go: mProfCycleWrap — the cycle number wraps at a multiple of 3 so cycle % 3 keeps
// walking the future ring in order across the wrap.
constexpr uint32_t kCycleWrap = 3u * (2u << 24);

std::atomic<uint64_t> g_next_profile_id{1};

// Each thread's sampling state (Go keeps it per P, in mcache.nextSample): the profile
// and rate generation it belongs to, the bytes left before the next sample, and the
// thread's random state (Go: cheaprand).
struct ThreadSampler {
  uint64_t profile = 0;
  uint64_t rate_gen = 0;
  int64_t next = 0;
  uint64_t rng = 0;
};
thread_local ThreadSampler t_sampler;

uint64_t splitmix64(uint64_t* s) {
  uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

uint32_t cheaprandn(uint32_t n) {
  ThreadSampler& t = t_sampler;
  if (t.rng == 0) {
    t.rng = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
            reinterpret_cast<uintptr_t>(&t) ^ 0x5851f42d4c957f2dull;
  }
  // Lemire's multiply-shift, as Go's cheaprandn.
  return static_cast<uint32_t>((uint64_t{static_cast<uint32_t>(splitmix64(&t.rng))} * n) >> 32);
}

// Go: fastexprand — a draw from the exponential distribution with the given mean:
// x = -ln(q) * mean for q uniform in (0, 1], q taken with 26 random bits.
int64_t fastexprand(int64_t mean) {
  if (mean > 0x7000000) mean = 0x7000000;  // keeps the largest step (about 20 * mean) in int32
  if (mean <= 0) return 0;
  constexpr int kRandomBits = 26;
  const uint32_t q = cheaprandn(1u << kRandomBits) + 1;
  double qlog = std::log2(static_cast<double>(q)) - kRandomBits;
  if (qlog > 0) qlog = 0;
  constexpr double kMinusLn2 = -0.6931471805599453;
  return static_cast<int64_t>(static_cast<int32_t>(qlog * (kMinusLn2 * static_cast<double>(mean)))) + 1;
}

}  // namespace

size_t MemProfile::StackHash::operator()(const std::vector<uint64_t>& s) const {
  // Go: stkbucket's hash over the pcs.
  uint64_t h = 0xcbf29ce484222325ull;
  for (uint64_t pc : s) {
    h += pc;
    h += h << 10;
    h ^= h >> 6;
  }
  h += h << 3;
  h ^= h >> 11;
  return static_cast<size_t>(h);
}

MemProfile::MemProfile(int64_t rate)
    : id_(g_next_profile_id.fetch_add(1, std::memory_order_relaxed)), rate_(rate < 0 ? 0 : rate) {}

MemProfile::~MemProfile() = default;

void MemProfile::set_rate(int64_t rate) {
  rate_.store(rate < 0 ? 0 : rate, std::memory_order_relaxed);
  rate_gen_.fetch_add(1, std::memory_order_release);
}

void MemProfile::bind_rate_variable(int64_t* var, int64_t initial) {
  if (var) __atomic_store_n(var, initial, __ATOMIC_RELAXED);
  rate_var_seen_.store(initial, std::memory_order_relaxed);
  rate_var_.store(var, std::memory_order_relaxed);
}

void MemProfile::set_stack_hook(StackHook hook, void* arg) {
  hook_arg_.store(arg, std::memory_order_relaxed);
  hook_.store(hook, std::memory_order_release);
}

int64_t MemProfile::next_sample() {
  const int64_t r = rate_.load(std::memory_order_relaxed);
  if (r == 1) return 0;  // every block is sampled; the countdown is not used
  return fastexprand(r);
}

bool MemProfile::sample_slow(uint64_t size) {
  ThreadSampler& t = t_sampler;
  const uint64_t gen = rate_gen_.load(std::memory_order_acquire);
  if (t.profile != id_ || t.rate_gen != gen) {
    // First allocation of this thread for this profile (Go: a new mcache's nextSample).
    t.profile = id_;
    t.rate_gen = gen;
    t.next = next_sample();
  }
  const int64_t sz = static_cast<int64_t>(size);
  if (sz < t.next) {
    t.next -= sz;
    return false;
  }
  t.next = next_sample();  // Go: profilealloc
  return true;
}

void MemProfile::record_malloc(uintptr_t base, uint64_t size) {
  uint64_t pcs[kMaxProfileStack];
  int n = 0;
  if (StackHook hook = hook_.load(std::memory_order_acquire))
    n = hook(hook_arg_.load(std::memory_order_relaxed), pcs, kMaxProfileStack);
  if (n < 0) n = 0;
  std::vector<uint64_t> stack(pcs, pcs + n);
  Bucket* b;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = buckets_.find(stack);
    if (it == buckets_.end()) {
      auto nb = std::make_unique<Bucket>();
      nb->stack = stack;
      b = nb.get();
      buckets_.emplace(std::move(stack), std::move(nb));
      order_.push_back(b);
    } else {
      b = it->second.get();
    }
    Cycle& c = b->future[(cycle() + 2) % 3];
    c.allocs++;
    c.alloc_bytes += size;
  }
  std::lock_guard<std::mutex> lock(specials_mu_);
  auto [it, inserted] = specials_.emplace(base, std::make_pair(b, size));
  if (!inserted) {
    // Cannot happen while the sweeper frees every special with its block; keep the
    // newest owner rather than leak the count.
    it->second = std::make_pair(b, size);
    return;
  }
  specials_count_.store(specials_.size(), std::memory_order_release);
}

void MemProfile::sweep_span(uintptr_t start, uint64_t bytes, uint64_t elemsize,
                            const std::function<bool(uintptr_t base)>& is_freed) {
  struct Freed {
    Bucket* b;
    uint64_t size;
  };
  std::vector<Freed> freed;
  {
    std::lock_guard<std::mutex> lock(specials_mu_);
    auto it = specials_.lower_bound(start);
    while (it != specials_.end() && it->first < start + bytes) {
      // The block's base: a special sits at its block's start (tiny blocks included).
      uintptr_t base = elemsize != 0 ? start + (it->first - start) / elemsize * elemsize : it->first;
      if (is_freed(base)) {
        freed.push_back({it->second.first, it->second.second});
        it = specials_.erase(it);
      } else {
        ++it;
      }
    }
    specials_count_.store(specials_.size(), std::memory_order_release);
  }
  if (freed.empty()) return;
  std::lock_guard<std::mutex> lock(mu_);
  const uint32_t index = (cycle() + 1) % 3;  // Go: mProf_Free counts to C+1
  for (const Freed& f : freed) {
    Cycle& c = f.b->future[index];
    c.frees++;
    c.free_bytes += f.size;
  }
}

void MemProfile::flush_locked(uint32_t index) {
  for (Bucket* b : order_) {
    b->active.add(b->future[index]);
    b->future[index] = Cycle{};
  }
}

void MemProfile::next_cycle() {
  std::lock_guard<std::mutex> lock(mu_);
  // Go: mProf_NextCycle (the cycle advances, the flushed flag clears) ...
  uint32_t c = ((cycle_.load(std::memory_order_relaxed) >> 1) + 1) % kCycleWrap;
  // ... then mProf_Flush: cycle C (now complete: its mallocs were counted two cycles
  // ago, its frees by the sweep that just finished) joins the published profile.
  flush_locked(c % 3);
  cycle_.store(c << 1 | 1u, std::memory_order_release);
}

void MemProfile::post_sweep(uint32_t expected_cycle) {
  std::lock_guard<std::mutex> lock(mu_);
  const uint32_t c = cycle_.load(std::memory_order_relaxed) >> 1;
  if (c != expected_cycle) return;  // another mark termination came between
  // Everything as of the last mark termination is now known: publish C+1 without
  // advancing the cycle (Go: mProf_PostSweep).
  flush_locked((c + 1) % 3);
}

std::vector<MemProfileRecord> MemProfile::records(bool inuse_zero) {
  std::lock_guard<std::mutex> lock(mu_);
  // Between mark termination and its flush (never here: next_cycle does both) the
  // current cycle would still be pending; flushing it again is harmless.
  flush_locked(cycle() % 3);
  bool clear = true;
  for (const Bucket* b : order_)
    if (b->active.allocs != 0 || b->active.frees != 0) clear = false;
  if (clear) {
    // No collection has published anything yet: take every cycle (Go does the same so
    // a program that never collects still has a profile).
    for (Bucket* b : order_) {
      for (Cycle& c : b->future) {
        b->active.add(c);
        c = Cycle{};
      }
    }
  }
  std::vector<MemProfileRecord> out;
  for (const Bucket* b : order_) {
    if (!inuse_zero && b->active.alloc_bytes == b->active.free_bytes) continue;
    MemProfileRecord r;
    r.alloc_bytes = static_cast<int64_t>(b->active.alloc_bytes);
    r.free_bytes = static_cast<int64_t>(b->active.free_bytes);
    r.alloc_objects = static_cast<int64_t>(b->active.allocs);
    r.free_objects = static_cast<int64_t>(b->active.frees);
    r.stack = b->stack;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace gs::mem
