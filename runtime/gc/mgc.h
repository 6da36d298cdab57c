// mgc.h — the garbage collector of one run (Go: runtime/mgc.go): the cycle driver
// that sequences sweep termination, marking, mark termination and sweeping, and the
// statistics runtime.ReadMemStats, GODEBUG=gctrace=1 and the GC panel report.
//
// A cycle, as Go runs it:
//   1. Sweep termination (world stopped): sweeping of the previous cycle finishes,
//      the roots are greyed, the write barrier and allocate-black are turned on.
//   2. Mark (concurrent, the world running): background mark workers drain the
//      grey set; goroutines that allocate while it runs assist in proportion to
//      what they allocate (the pacer's assist ratio); every pointer store shades the
//      old and new pointer (mem/mbarrier.h); new objects are born black.
//   3. Mark termination (world stopped): what the barrier greyed last is drained,
//      the barrier turns off, weak runtime tables drop what was not marked, every
//      mcache is flushed, the pacer computes the next heap goal and trigger from the
//      marked heap, and every span becomes unswept.
//   4. Sweep (concurrent): a background sweeper and allocating goroutines sweep
//      spans, freeing the objects that were left white.
//
// Where ours differs from Go's (issue 5 continues):
//  * Every goroutine's stack is scanned in phase 1's pause, not one goroutine at a
//    time during mark. That makes marking a snapshot of the heap at phase 1 (the
//    deletion half of the barrier is what keeps it whole); the insertion half is
//    kept, as Go has it, though with stacks scanned up front it is not needed.
//  * The background workers are threads of the pool standing in for Go's worker
//    goroutines: as many dedicated workers as the pacer asks for (they mark until the
//    work runs out) and, when its fractional goal is not zero, one fractional worker
//    that marks only while its own mark time stays under goal x GOMAXPROCS of the
//    cycle's time (Go's pollFractionalWorkerExit, summed over the Ps). Together they
//    use Go's 25% of GOMAXPROCS. Unlike Go's, they hold no P: they take CPU beside
//    the program's Ps instead of taking a P from it.
//  * Assists run inside mallocgc (the heap's trigger hook, after a span refill or a
//    large allocation) against one global debt, not a per-goroutine credit.
//  * Mark termination is run by whichever goroutine reaches a safe point first once
//    every worker finds no work at the same time (Go: the last worker calls
//    gcMarkDone itself).
//  * GODEBUG=gcstoptheworld=1 (and the deterministic -seed mode) keep phases 1-3 in
//    one pause on the goroutine that started the cycle, as Go's gcstoptheworld does.
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
#include "gc/mgcsample.h"
#include "gc/mgcwork.h"
#include "mem/mbarrier.h"

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
  // Runs fn(arg) on a pooled thread (the background sweeper, the mark worker); false
  // if none is free.
  virtual bool spawn(void (*fn)(void*), void* arg) = 0;
  // spawn, but the thread may start only at start_spawned(handle): used inside a
  // pause, so the new thread does not take the stopping thread's CPU before the world
  // restarts. nullptr: none free. By default an ordinary spawn (the handle is not used).
  virtual void* spawn_parked(void (*fn)(void*), void* arg) {
    return spawn(fn, arg) ? static_cast<void*>(this) : nullptr;
  }
  virtual void start_spawned(void* handle) { (void)handle; }
  // Asks every running goroutine to stop at its next safe point (where the VM checks
  // mark_done_pending()): any thread may call it.
  virtual void request_safe_points() = 0;
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
  // Objects with finalizers (Go: finalizer specials). mark_specials greys what each
  // points to and its finalizer, not the object; it runs with the roots and again at
  // mark termination (for finalizers set while marking). queue_finalizers then moves
  // every one whose object stayed unmarked to the queue of finalizers to run, and
  // calls resurrect(object) so it survives until its finalizer has run.
  virtual void mark_specials(RootScanner& scanner) { (void)scanner; }
  virtual void queue_finalizers(const std::function<bool(const void*)>& is_marked,
                                const std::function<void(const void*)>& resurrect) {
    (void)is_marked;
    (void)resurrect;
  }
  // Go: gcResetMarkState — every goroutine's assist credit (gcAssistBytes) back to
  // zero, with the world stopped, before a cycle's marking begins.
  virtual void reset_assist_credit() {}
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
  bool concurrent = false;           // mark ran beside the program (else in the pause)
  int64_t assist_ns = 0;             // goroutines' mark assists during mark
  int64_t background_ns = 0;         // the background mark workers (their marking time)
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
  TriColourView tricolour;            // white/grey/black counts and the sampled graph (mgcsample.h)
};

class Collector final : public mem::BarrierShader {
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
  // Concurrent mark has run out of work: mark termination should run at the next
  // safe point (finish_mark).
  bool mark_done_pending() const { return mark_done_.load(std::memory_order_acquire); }
  // Go: gcMarkDone + gcMarkTermination, from a goroutine at a safe point. Busy: another
  // world-stopper is under way (yield, retry); NotNeeded: no mark phase is running.
  Result finish_mark();
  // Go: gcAssistAlloc — a goroutine whose assist credit (*credit, bytes; mallocgc
  // charges each allocation while marking) went negative pays its debt: from the
  // background workers' banked scan credit first, then by scanning grey objects itself,
  // at least Go's 64 KiB of scan work at a time (gcOverAssistWork) so it need not come
  // back soon. Returns the bytes it scanned.
  uint64_t assist_alloc(int64_t* credit);
  // Go: gdestroy's flush — a goroutine that ends with credit left gives it to the
  // background pool, where another goroutine's assist can take it.
  void flush_assist_credit(int64_t credit);
  // The background workers' banked scan work not yet taken by assists (bytes of work).
  int64_t bg_scan_credit() const { return pacer_.bg_scan_credit_value(); }
  // Bytes scanned so far in the current (or last) cycle, by every marker.
  uint64_t scan_work() const { return scan_work_.load(std::memory_order_relaxed); }
  // Go: sysmon's forced GC — two minutes after the last cycle, a cycle runs whatever
  // the heap. check_periodic (sysmon's thread) notices and asks every running G for a
  // safe point; the first there calls collect_periodic.
  void check_periodic();
  bool periodic_pending() const { return periodic_pending_.load(std::memory_order_acquire); }
  Result collect_periodic();
  // The write barrier's shade (mem::BarrierShader).
  bool shade_from_barrier(uintptr_t p) override;
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
  // Tri-colour sampling (mgcsample.h) of every cycle, not only while an observer asks.
  void set_tricolour_sampling(bool always) { sampler_.set_always(always); }

 private:
  Result run_cycle(bool forced, bool periodic = false);
  // Phase 3 and the cycle's accounting, with the world stopped (t2: when the stop began).
  void mark_termination(int64_t t2);
  void flush_barrier_work();
  // Adds what marker m did to the cycle's totals. A long-lived marker (a background
  // worker) passes `flushed`, what it has added before, and adds only what is new:
  // assists weigh their debt against these totals while the workers run.
  struct MarkerCounts {
    uint64_t marked = 0, objects = 0, scanned = 0, roots = 0;
  };
  void add_marker_counts(const Marker& m, MarkerCounts* flushed = nullptr);
  void stop_mark_worker();
  void scavenge_for_limit();
  bool assist_unbounded_step();
  static void bg_mark_entry(void* slot);
  void bg_mark(MarkWorkerMode mode);
  // A worker waits up to ns (idle: it found no work) or until the workers are
  // stopped; false when stopped.
  bool mark_worker_wait(int64_t ns, bool idle);
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
  TriColourSampler sampler_{heap_, queue_};
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

  // The cycle in progress (valid while in_cycle_): set in phase 1, read in phase 3.
  struct CycleState {
    uint32_t num = 0;
    bool forced = false;
    bool concurrent = false;
    int procs = 1;
    int64_t t0 = 0, t1 = 0;          // phase 1 began; the world restarted after it
    uint64_t heap_start = 0, goal = 0;
    RootSizes sizes;
  };
  CycleState cycle_;
  // A sampled cycle's marking slice (bytes of scan work between tri-colour points):
  // set in phase 1, read by the mark worker.
  std::atomic<uint64_t> sample_slice_{4096};
  std::atomic<bool> in_cycle_{false};   // phases 1-3 (one cycle at a time)
  std::atomic<bool> mark_done_{false};  // every worker found no more work
  std::atomic<bool> periodic_pending_{false};
  std::atomic<int64_t> last_gc_mono_{0};  // when the last cycle ended (0: none yet)
  // Marking totals of every marker of the cycle (roots, worker, assists, barrier).
  std::atomic<uint64_t> marked_bytes_{0}, objects_marked_{0}, scan_work_{0}, root_bytes_{0};
  std::atomic<int64_t> bg_mark_ns_{0}, assist_ns_{0};
  // Objects greyed by the write barrier (any goroutine), to be scanned by the worker
  // or at mark termination.
  std::mutex barrier_mu_;
  GcWork barrier_work_{queue_};
  uint64_t barrier_marked_bytes_ = 0, barrier_objects_ = 0;

  // The background mark workers (Go: gcBgMarkWorker), started in phase 1 and stopped
  // at mark termination. workers_waiting_ counts those in a wait (they have added all
  // they did to the totals); workers_idle_ those of them that found no work.
  static constexpr int kMaxMarkWorkers = 4;
  struct WorkerSlot {
    Collector* collector = nullptr;
    MarkWorkerMode mode = MarkWorkerMode::kDedicated;
  };
  WorkerSlot worker_slots_[kMaxMarkWorkers];
  std::mutex worker_mu_;
  std::condition_variable worker_cv_;
  int workers_running_ = 0;
  int workers_waiting_ = 0;
  int workers_idle_ = 0;
  bool worker_stop_ = false;

  // Background sweeper (Go: bgsweep): at most one, started after each cycle.
  std::mutex sweeper_mu_;
  bool sweeper_running_ = false;
  bool stopping_ = false;
  std::condition_variable sweeper_cv_;
};

}  // namespace gs::gc
