// mgcpacer.h — the GC pacer of one run (Go 1.23: gcControllerState in mgcpacer.go):
// GOGC and the memory limit turned into a heap goal and a trigger, the split of mark
// work between dedicated, fractional and idle workers, the mutator assist ratio, and
// the cons/mark estimate that sizes the next cycle's runway. Also the scavenger's
// two retention goals (gcPaceScavenger in mgcscavenge.go), which are pure arithmetic.
//
// Invariants:
//  * Numbers follow Go's formulas and integer arithmetic exactly (same order of
//    operations, same truncations), so goals and triggers equal real Go's for equal
//    inputs. trigger() <= heap_goal() always.
//  * Thread-safety: the cycle transitions (init, start_cycle, end_cycle, reset_live,
//    commit) and set_gc_percent / set_memory_limit serialise on an internal mutex
//    (Go: world stopped or mheap_.lock). Everything marked "any thread" is lock-free
//    (atomics) and may race with those, as in Go: readers see either the old or the
//    new pacing, never a torn value.
//  * Nothing here allocates Go memory, reads clocks or prints: callers pass times
//    and byte counts in, and print traces with gctrace.h.
#pragma once
#include <atomic>
#include <cstdint>
#include <mutex>

#include "gc/gcenv.h"

namespace gs::gc {

// Go's pacing constants.
inline constexpr double kGcBackgroundUtilization = 0.25;  // dedicated+fractional target
inline constexpr double kGcGoalUtilization = kGcBackgroundUtilization;
inline constexpr uint64_t kDefaultHeapMinimum = 4 << 20;  // heap goal floor at GOGC=100
inline constexpr uint64_t kSweepMinHeapDistance = 1 << 20;
inline constexpr uint64_t kMinHeapGoalRunway = 64 << 10;  // goal >= triggered + this
inline constexpr uint64_t kMemoryLimitMinHeapGoalHeadroom = 1 << 20;
inline constexpr uint64_t kMemoryLimitHeapGoalHeadroomPercent = 3;
inline constexpr uint64_t kTriggerRatioDen = 64;
inline constexpr uint64_t kMinTriggerRatioNum = 45;  // trigger >= ~0.7 of the way to goal
inline constexpr uint64_t kMaxTriggerRatioNum = 61;  // trigger <= ~0.95 of the way to goal
inline constexpr int64_t kGcCreditSlack = 2000;
inline constexpr int64_t kGcAssistTimeSlack = 5000;
inline constexpr int64_t kGcOverAssistWork = 64 << 10;
inline constexpr int64_t kForceGcPeriodNs = 2LL * 60 * 1'000'000'000;  // sysmon's forced GC

// Why a cycle starts (Go's gcTriggerKind).
enum class GcTriggerKind {
  kHeap,   // heap_live reached trigger()
  kTime,   // sysmon's periodic GC (forcegcperiod); fewer idle workers
  kCycle,  // runtime.GC(): the user asked
};

// What a background mark worker is doing on its P (Go's gcMarkWorkerMode).
enum class MarkWorkerMode { kDedicated, kFractional, kIdle };

// Memory the runtime has mapped, for the memory-limit goal. All in bytes:
//   mapped_ready: every mapping in the Ready state (heap, stacks, metadata...),
//   heap_free:    free heap pages not released to the OS,
//   heap_alloc:   bytes of live heap objects (total allocated - total freed).
struct MemoryStats {
  uint64_t mapped_ready = 0;
  uint64_t heap_free = 0;
  uint64_t heap_alloc = 0;
};

class GcController {
 public:
  GcController() = default;
  GcController(const GcController&) = delete;
  GcController& operator=(const GcController&) = delete;

  // gcinit, once per run on a fresh controller: GOGC and GOMEMLIMIT from env
  // (env.error must be empty), then commit as if sweeping were done. gcstoptheworld from env makes every P a dedicated worker.
  void init(const GcEnv& env);

  // ---- Settings (runtime/debug) ---------------------------------------------------
  // SetGCPercent: any negative value means off (stored as -1); returns the previous
  // value; the heap minimum scales with the percent (4 MB at 100, 0 at 0); pacing is
  // recommitted (with revise() while marking). Go additionally waits for a running
  // mark phase to finish when turning GC off: that is the cycle driver's job.
  int32_t set_gc_percent(int32_t percent, bool is_sweep_done = true);
  // SetMemoryLimit: a negative value only reads; returns the previous limit.
  int64_t set_memory_limit(int64_t limit, bool is_sweep_done = true);
  int32_t gc_percent() const { return gc_percent_.load(std::memory_order_relaxed); }
  int64_t memory_limit() const { return memory_limit_.load(std::memory_order_relaxed); }
  uint64_t heap_minimum() const { return heap_minimum_.load(std::memory_order_relaxed); }

  // ---- Heap accounting (any thread) -----------------------------------------------
  // Go's update(dHeapLive, dHeapScan): heap_scan only moves outside marking (it is
  // fixed for the cycle at its start); while marking, the assist ratio is revised.
  void update(int64_t d_heap_live, int64_t d_heap_scan);
  void set_heap_live(uint64_t heap_live) { heap_live_.store(heap_live, std::memory_order_relaxed); }
  uint64_t heap_live() const { return heap_live_.load(std::memory_order_relaxed); }
  uint64_t heap_scan() const { return heap_scan_.load(std::memory_order_relaxed); }
  // Allocated goroutine stack space (Go's maxStackScan) and scannable globals.
  void add_scannable_stack(int64_t bytes) { max_stack_scan_.fetch_add(static_cast<uint64_t>(bytes), std::memory_order_relaxed); }
  void add_globals(int64_t bytes) { globals_scan_.fetch_add(static_cast<uint64_t>(bytes), std::memory_order_relaxed); }
  uint64_t max_stack_scan() const { return max_stack_scan_.load(std::memory_order_relaxed); }
  uint64_t globals_scan() const { return globals_scan_.load(std::memory_order_relaxed); }
  // For the memory-limit goal; until first set, all zero (no non-heap memory).
  void set_memory_stats(const MemoryStats& stats);

  // ---- Goal and trigger (any thread) ----------------------------------------------
  uint64_t heap_goal() const;
  // Go's trigger(): the heap_live at which the next cycle starts, clamped between
  // ~0.7 and ~0.95 of the way from heap_marked to the goal (or goal - 4 MB for big
  // heaps), never below the sweep distance, never above the goal.
  uint64_t trigger() const;
  // Both at once, consistent with each other.
  void trigger_and_goal(uint64_t* trigger, uint64_t* goal) const;
  // gcTrigger{kind: gcTriggerHeap}.test() for a collector that is off (_GCoff).
  // With GOGC=off and no memory limit the trigger is unreachable, so never.
  bool should_start(uint64_t heap_live) const { return heap_live >= trigger(); }
  // gcTrigger{kind: gcTriggerTime}.test(): a periodic GC is due (never with GOGC=off;
  // last_gc_ns == 0 means no GC yet).
  bool should_force_periodic(int64_t now_ns, int64_t last_gc_ns) const;
  // The goal in force when the last cycle ended (what gctrace prints as "goal").
  uint64_t last_heap_goal() const { return last_heap_goal_.load(std::memory_order_relaxed); }
  uint64_t heap_marked() const { return heap_marked_.load(std::memory_order_relaxed); }
  uint64_t last_stack_scan() const { return last_stack_scan_.load(std::memory_order_relaxed); }
  uint64_t last_heap_scan() const { return last_heap_scan_.load(std::memory_order_relaxed); }
  uint64_t runway() const { return runway_.load(std::memory_order_relaxed); }
  double cons_mark() const;
  // Where the current cycle started; UINT64_MAX outside a cycle.
  uint64_t triggered() const { return triggered_.load(std::memory_order_relaxed); }

  // ---- Cycle ------------------------------------------------------------------------
  // Go's startCycle at gcStart with the world stopped: zeroes the cycle's work and
  // time counters, records heap_live as the trigger point, computes the dedicated
  // worker count and fractional goal for gomaxprocs (25% utilisation), the idle
  // worker cap, and the first assist ratio. Marking (for update()) begins here.
  void start_cycle(int64_t now_ns, int gomaxprocs, uint64_t heap_live, bool forced,
                   GcTriggerKind kind = GcTriggerKind::kHeap);
  // Go's endCycle at gcMarkDone, after blackening stops: records last_heap_goal and
  // updates cons/mark from this cycle's allocation, scan work and CPU use.
  void end_cycle(int64_t now_ns, int gomaxprocs);
  // Go's resetLive at mark termination: heap_marked = heap_live = bytes_marked, and
  // this cycle's scan work becomes the estimate for the next.
  void reset_live(uint64_t bytes_marked);
  // Go's commit: recomputes the GOGC goal (heap_marked + (heap_marked + last stack
  // scan + globals) * GOGC/100, at least heap_minimum) and the runway from cons/mark.
  // While marking, the assist ratio is revised too (Go's gcControllerCommit).
  void commit(bool is_sweep_done);
  // reset_live + commit for a collector that measured stacks and globals itself:
  // heap_marked, last stack scan and globals scan take the given values.
  void commit(uint64_t heap_marked, uint64_t stack_scan_bytes, uint64_t globals_scan_bytes,
              bool is_sweep_done);
  bool marking() const { return marking_.load(std::memory_order_relaxed); }
  bool cycle_forced() const { return cycle_forced_.load(std::memory_order_relaxed); }
  int64_t mark_start_ns() const { return mark_start_ns_.load(std::memory_order_relaxed); }

  // ---- Mark workers (any thread) ----------------------------------------------------
  int dedicated_mark_workers() const { return dedicated_mark_workers_.load(std::memory_order_relaxed); }  // this cycle's count
  double fractional_utilization_goal() const { return fractional_utilization_goal_.load(std::memory_order_relaxed); }
  // A P becomes a dedicated worker if one is still needed (decrements the need).
  bool try_claim_dedicated_worker();
  int64_t dedicated_workers_needed() const { return dedicated_workers_needed_.load(std::memory_order_relaxed); }
  // findRunnableGCWorker: should a P that has spent p_fractional_mark_ns as the
  // fractional worker this cycle run it now? (false when no fractional work.)
  bool fractional_worker_wanted(int64_t p_fractional_mark_ns, int64_t now_ns) const;
  // pollFractionalWorkerExit: should the running fractional worker stop? self_ns
  // includes its current run.
  bool fractional_worker_should_exit(int64_t self_ns, int64_t now_ns) const;
  // Idle workers: at most max_idle_mark_workers() at once (see start_cycle).
  bool add_idle_mark_worker();
  bool need_idle_mark_worker() const;
  void remove_idle_mark_worker();
  int32_t max_idle_mark_workers() const;
  // A worker of mode `mode` ran for duration_ns (returns a dedicated slot, releases
  // an idle slot).
  void mark_worker_stop(MarkWorkerMode mode, int64_t duration_ns);

  // ---- Scan work, assists (any thread) ---------------------------------------------
  void add_scan_work(int64_t heap_bytes, int64_t stack_bytes, int64_t globals_bytes);
  int64_t heap_scan_work() const { return heap_scan_work_.load(std::memory_order_relaxed); }
  int64_t stack_scan_work() const { return stack_scan_work_.load(std::memory_order_relaxed); }
  int64_t globals_scan_work() const { return globals_scan_work_.load(std::memory_order_relaxed); }
  void add_assist_time(int64_t ns) { assist_time_.fetch_add(ns, std::memory_order_relaxed); }
  int64_t assist_time() const { return assist_time_.load(std::memory_order_relaxed); }
  int64_t dedicated_mark_time() const { return dedicated_mark_time_.load(std::memory_order_relaxed); }
  int64_t fractional_mark_time() const { return fractional_mark_time_.load(std::memory_order_relaxed); }
  int64_t idle_mark_time() const { return idle_mark_time_.load(std::memory_order_relaxed); }
  // Background workers deposit scan credit; assists steal it (the stealing policy is
  // the marker's).
  std::atomic<int64_t>& bg_scan_credit() { return bg_scan_credit_; }
  int64_t bg_scan_credit_value() const { return bg_scan_credit_.load(std::memory_order_relaxed); }
  // Go's revise(): the assist ratio so that the remaining expected scan work is done
  // by the time heap_live reaches the goal (extended when scan work overruns).
  void revise();
  double assist_work_per_byte() const { return assist_work_per_byte_.load(std::memory_order_relaxed); }
  double assist_bytes_per_work() const { return assist_bytes_per_work_.load(std::memory_order_relaxed); }

 private:
  void set_gc_percent_locked(int32_t percent, int32_t* old);
  void commit_locked(bool is_sweep_done);
  void heap_goal_internal(uint64_t* goal, uint64_t* min_trigger) const;
  uint64_t memory_limit_heap_goal() const;
  void set_max_idle_mark_workers(int32_t max);

  mutable std::mutex mu_;  // cycle transitions and settings (Go: world stopped / heap lock)

  std::atomic<int32_t> gc_percent_{100};
  std::atomic<int64_t> memory_limit_{INT64_MAX};
  std::atomic<uint64_t> heap_minimum_{kDefaultHeapMinimum};
  std::atomic<uint64_t> runway_{0};
  double cons_mark_ = 0;            // guarded by mu_
  double last_cons_mark_[4] = {};   // guarded by mu_
  std::atomic<uint64_t> gc_percent_heap_goal_{0};
  std::atomic<uint64_t> sweep_dist_min_trigger_{0};
  std::atomic<uint64_t> triggered_{UINT64_MAX};
  std::atomic<uint64_t> last_heap_goal_{0};
  std::atomic<uint64_t> heap_live_{0};
  std::atomic<uint64_t> heap_scan_{0};
  std::atomic<uint64_t> last_heap_scan_{0};
  std::atomic<uint64_t> last_stack_scan_{0};
  std::atomic<uint64_t> max_stack_scan_{0};
  std::atomic<uint64_t> globals_scan_{0};
  std::atomic<uint64_t> heap_marked_{0};

  std::atomic<int64_t> heap_scan_work_{0}, stack_scan_work_{0}, globals_scan_work_{0};
  std::atomic<int64_t> bg_scan_credit_{0};
  std::atomic<int64_t> assist_time_{0};
  std::atomic<int64_t> dedicated_mark_time_{0}, fractional_mark_time_{0}, idle_mark_time_{0};
  std::atomic<int64_t> mark_start_ns_{0};
  std::atomic<int64_t> dedicated_workers_needed_{0};
  std::atomic<uint64_t> idle_mark_workers_{0};  // low 32 bits: running, high: max
  std::atomic<double> assist_work_per_byte_{0}, assist_bytes_per_work_{0};
  std::atomic<double> fractional_utilization_goal_{0};
  std::atomic<bool> marking_{false};
  std::atomic<int> dedicated_mark_workers_{0};  // written by start_cycle only
  std::atomic<bool> cycle_forced_{false};       // written by start_cycle only
  int32_t gcstoptheworld_ = 0;                  // guarded by mu_

  std::atomic<uint64_t> mapped_ready_{0}, heap_free_{0}, heap_alloc_{0};
};

// The scavenger's retention goals (gcPaceScavenger). UINT64_MAX = no goal (the
// background scavenger need not run for it).
struct ScavengeGoals {
  uint64_t memory_limit_goal = UINT64_MAX;  // keep mapped_ready at 95% of the limit
  uint64_t gc_percent_goal = UINT64_MAX;    // keep retained heap near 110% of need
};
ScavengeGoals scavenge_goals(int64_t memory_limit, uint64_t heap_goal, uint64_t last_heap_goal,
                             uint64_t mapped_ready, uint64_t last_heap_in_use,
                             uint64_t heap_retained, uint64_t phys_page_size);

}  // namespace gs::gc
