// mgc.h — the garbage collector of one run (Go: runtime/mgc.go): the cycle driver
// that sequences sweep termination, marking, mark termination and sweeping, and the
// statistics runtime.ReadMemStats, GODEBUG=gctrace=1 and the GC panel report.
//
// A cycle, as Go runs it:
//   1. Sweep termination (world stopped): sweeping of the previous cycle finishes.
//   2. Mark: roots are greyed and the grey set drained (mgcmark.h).
//   3. Mark termination (world stopped): weak runtime tables drop what was not
//      marked, every mcache is flushed, the pacer computes the next heap goal and
//      trigger from the marked heap, and every span becomes unswept.
//   4. Sweep (concurrent): a background sweeper and allocating goroutines sweep
//      spans, freeing the objects that were left white.
//
// What is not Go's yet (issue 5 continues): marking runs with the world stopped, on
// the goroutine that started the cycle, so phases 1-3 are one pause; Go marks
// concurrently with background workers, mark assists and the write barrier on.
//
// Invariants:
//  * At most one cycle runs at a time (the world-stopper lock makes a second starter
//    back off: begin returns Busy).
//  * A cycle only starts from a goroutine at a safe point with no C++ frame of its
//    own between it and the scheduler, and every other goroutine is stopped at a safe
//    point (or parked): so every live pointer is in a place the roots describe.
//  * Counters read by other threads (panels, ReadMemStats) are atomics or copied under
//    stats_mu_.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "gc/gcenv.h"
#include "gc/mgcmark.h"
#include "gc/mgcpacer.h"
#include "gc/mgcwork.h"

namespace gs::mem {
class Heap;
}

namespace gs::gc {

// How the collector stops and starts the world (implemented by the scheduler).
class World {
 public:
  virtual ~World() = default;
  virtual bool stop_the_world() = 0;  // false: another world-stopper is under way
  virtual void start_the_world() = 0;
  virtual int gomaxprocs() = 0;
  // Runs fn(arg) on a pooled thread (the background sweeper); false if none is free.
  virtual bool spawn(void (*fn)(void*), void* arg) = 0;
};

// Sizes the pacer needs from the roots (Go: gcController.lastStackScan, globalsScan).
struct RootSizes {
  uint64_t stack_bytes = 0;    // the used part of every live goroutine's stack
  uint64_t globals_bytes = 0;
};

// Where the roots are (implemented by the VM): globals, every goroutine's frames and
// runtime state, runtime-internal tables.
class RootSource {
 public:
  virtual ~RootSource() = default;
  virtual RootSizes mark_roots(RootScanner& scanner) = 0;
  // Mark termination: drop entries of weak tables whose object is unmarked.
  virtual void after_mark(const std::function<bool(const void*)>& is_marked) = 0;
};

enum class GcPhase : uint8_t { Off = 0, SweepTermination, Mark, MarkTermination };
const char* gc_phase_name(GcPhase p);

// One finished cycle, for the GC panel and gctrace.
struct GcCycleRecord {
  uint32_t num = 0;
  bool forced = false;
  int64_t start_ns = 0;              // since the run started
  int64_t end_ns = 0;
  int64_t sweep_term_ns = 0, mark_ns = 0, mark_term_ns = 0;
  uint64_t heap_start = 0;           // heap live when the cycle began
  uint64_t heap_marked = 0;          // live heap it found
  uint64_t objects_marked = 0;
  uint64_t objects_freed = 0;        // known once its sweep is done (0 until then)
  uint64_t goal = 0;                 // the heap goal the cycle ran against
  uint64_t next_goal = 0, next_trigger = 0;
  uint64_t stack_bytes = 0, globals_bytes = 0;
  uint64_t bytes_scanned = 0;
};

struct HeapSample {
  int64_t t_ns = 0;  // since the run started
  uint64_t heap_live = 0, goal = 0, trigger = 0;
};

// What the GC panel and ReadMemStats read.
struct GcSnapshot {
  GcPhase phase = GcPhase::Off;
  uint32_t num_gc = 0, num_forced_gc = 0;
  int32_t gogc = 100;
  int64_t memory_limit = 0;
  uint64_t heap_live = 0, heap_goal = 0, trigger = 0, heap_marked = 0;
  uint64_t pause_total_ns = 0;
  uint64_t pause_ns[256] = {};
  uint64_t pause_end[256] = {};      // Unix ns
  uint64_t last_gc_unix_ns = 0;
  double gc_cpu_fraction = 0;
  bool sweep_done = true;
  std::vector<GcCycleRecord> cycles;  // the latest ones, oldest first
  std::vector<HeapSample> samples;    // heap over time (the sawtooth)
  std::vector<std::string> trace_lines;  // the latest gctrace lines
};

class Collector {
 public:
  Collector(mem::Heap& heap, World& world, RootSource& roots, const GcEnv& env,
            std::function<void(const std::string&)> trace_out);
  ~Collector();  // waits for the background sweeper
  Collector(const Collector&) = delete;
  Collector& operator=(const Collector&) = delete;

  enum class Result { Done, Busy, NotNeeded };
  // Runs a cycle if the heap has reached the trigger (Go: gcTrigger{gcTriggerHeap}).
  Result maybe_collect();
  // runtime.GC: a whole cycle, then sweeping finished, before returning.
  Result collect_forced();
  // Whether the heap is at or past the trigger (cheap: two atomic loads).
  bool wanted() const;
  uint64_t trigger() const { return trigger_.load(std::memory_order_relaxed); }

  // runtime/debug knobs; both return the previous value.
  int32_t set_gc_percent(int32_t pct);
  int64_t set_memory_limit(int64_t bytes);
  // debug.FreeOSMemory: a forced cycle, then every free page returned.
  void free_os_memory();

  // Copies the statistics without waiting (false: a cycle is updating them this
  // instant; try again next frame).
  bool snapshot(GcSnapshot* out);
  GcPhase phase() const { return phase_.load(std::memory_order_relaxed); }
  // Runtime memory of the grey-object buffers (MemStats.GCSys counts it).
  uint64_t work_buffer_bytes() const { return queue_.buffers_allocated() * sizeof(Workbuf); }
  // Called at the end of a run so a final snapshot keeps the history.
  void stop_background();
  // Adds a heap sample if the last is older than 20 ms (called from snapshot paths).
  void sample_heap();

 private:
  Result run_cycle(bool forced);
  void start_background_sweep();
  static void bg_sweep_entry(void* self);
  void bg_sweep();
  void finish_sweep_accounting();
  void update_trigger();
  int64_t since_start_ns() const;

  mem::Heap& heap_;
  World& world_;
  RootSource& roots_;
  GcEnv env_;
  std::function<void(const std::string&)> trace_out_;
  GcController pacer_;
  WorkQueue queue_;
  int64_t start_mono_ns_ = 0;   // run start, monotonic clock
  int64_t start_unix_ns_ = 0;

  std::atomic<GcPhase> phase_{GcPhase::Off};
  std::atomic<uint64_t> trigger_{UINT64_MAX};
  std::atomic<uint64_t> goal_{0}, heap_marked_{0};
  std::atomic<int32_t> gogc_{100};
  std::atomic<int64_t> memory_limit_{0};
  std::atomic<int> procs_{1};
  std::mutex cycle_mu_;         // one cycle (and knob change) at a time
  std::atomic<int64_t> gc_cpu_ns_{0};

  std::mutex stats_mu_;
  uint32_t num_gc_ = 0, num_forced_ = 0;
  uint64_t pause_total_ns_ = 0;
  uint64_t pause_ns_[256] = {};
  uint64_t pause_end_[256] = {};
  uint64_t last_gc_unix_ns_ = 0;
  std::deque<GcCycleRecord> cycles_;
  std::deque<HeapSample> samples_;
  std::deque<std::string> trace_lines_;
  uint64_t frees_at_cycle_start_ = 0;

  // Background sweeper (Go: bgsweep): at most one, started after each cycle.
  std::mutex sweeper_mu_;
  bool sweeper_running_ = false;
  bool stopping_ = false;
  std::condition_variable sweeper_cv_;
};

}  // namespace gs::gc
