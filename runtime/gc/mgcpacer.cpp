// mgcpacer.cpp — Go 1.23's GC pacer arithmetic for one run (see mgcpacer.h). Integer
// and floating-point steps are in Go's order so results match real Go bit for bit;
// where Go would divide by zero or convert an infinite float (cases its runtime never
// reaches) we pick the limiting value instead and say so at the spot.
#include "gc/mgcpacer.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace gs::gc {

namespace {

constexpr double kMaxUtilError = 0.3;
constexpr double kMaxOvershoot = 1.1;
constexpr int32_t kGcPercentWhenOffButForced = 100000;

// float64 → uint64 without C++'s undefined behaviour: NaN and negatives give 0,
// anything at or beyond 2^64 gives UINT64_MAX.
uint64_t saturating_u64(double v) {
  if (!(v > 0)) return 0;
  if (v >= 18446744073709551616.0) return UINT64_MAX;
  return static_cast<uint64_t>(v);
}

// float64 → int64, saturating the same way (NaN gives 0).
int64_t saturating_i64(double v) {
  if (std::isnan(v)) return 0;
  if (v >= 9223372036854775808.0) return INT64_MAX;
  if (v < -9223372036854775808.0) return INT64_MIN;
  return static_cast<int64_t>(v);
}

}  // namespace

void GcController::init(const GcEnv& env) {
  std::lock_guard<std::mutex> lock(mu_);
  heap_minimum_.store(kDefaultHeapMinimum, std::memory_order_relaxed);
  triggered_.store(UINT64_MAX, std::memory_order_relaxed);
  gcstoptheworld_ = env.gcstoptheworld;
  int32_t ignored;
  set_gc_percent_locked(env.gogc, &ignored);
  if (env.memory_limit >= 0) memory_limit_.store(env.memory_limit, std::memory_order_relaxed);
  commit_locked(true);  // the first cycle has no sweep phase before it
}

void GcController::set_gc_percent_locked(int32_t percent, int32_t* old) {
  *old = gc_percent_.load(std::memory_order_relaxed);
  if (percent < 0) percent = -1;
  // Unsigned on purpose: at -1 this wraps as Go's uint64(in) does; the result is then
  // never used, because an off GOGC has an unbounded goal.
  heap_minimum_.store(kDefaultHeapMinimum * static_cast<uint64_t>(static_cast<int64_t>(percent)) / 100,
                      std::memory_order_relaxed);
  gc_percent_.store(percent, std::memory_order_relaxed);
}

int32_t GcController::set_gc_percent(int32_t percent, bool is_sweep_done) {
  std::lock_guard<std::mutex> lock(mu_);
  int32_t old;
  set_gc_percent_locked(percent, &old);
  commit_locked(is_sweep_done);
  if (marking()) revise();
  return old;
}

int64_t GcController::set_memory_limit(int64_t limit, bool is_sweep_done) {
  std::lock_guard<std::mutex> lock(mu_);
  int64_t old = memory_limit_.load(std::memory_order_relaxed);
  if (limit >= 0) memory_limit_.store(limit, std::memory_order_relaxed);
  if (limit < 0 || old == limit) return old;  // a read, or no change
  commit_locked(is_sweep_done);
  if (marking()) revise();
  return old;
}

void GcController::update(int64_t d_heap_live, int64_t d_heap_scan) {
  if (d_heap_live != 0) heap_live_.fetch_add(static_cast<uint64_t>(d_heap_live), std::memory_order_relaxed);
  if (!marking()) {
    // heap_scan is frozen for the duration of a cycle.
    if (d_heap_scan != 0) heap_scan_.fetch_add(static_cast<uint64_t>(d_heap_scan), std::memory_order_relaxed);
  } else {
    revise();
  }
}

void GcController::set_memory_stats(const MemoryStats& stats) {
  mapped_ready_.store(stats.mapped_ready, std::memory_order_relaxed);
  heap_free_.store(stats.heap_free, std::memory_order_relaxed);
  heap_alloc_.store(stats.heap_alloc, std::memory_order_relaxed);
}

double GcController::cons_mark() const {
  std::lock_guard<std::mutex> lock(mu_);
  return cons_mark_;
}

// ---- Goal and trigger ---------------------------------------------------------------

uint64_t GcController::memory_limit_heap_goal() const {
  uint64_t heap_free = heap_free_.load(std::memory_order_relaxed);
  uint64_t heap_alloc = heap_alloc_.load(std::memory_order_relaxed);
  uint64_t mapped_ready = mapped_ready_.load(std::memory_order_relaxed);
  uint64_t limit = static_cast<uint64_t>(memory_limit_.load(std::memory_order_relaxed));
  uint64_t heap_marked = heap_marked_.load(std::memory_order_relaxed);

  // Memory that counts against the limit but can never hold heap objects. Go retries
  // until the three statistics agree; a torn read here (set_memory_stats racing) is
  // taken as "no non-heap memory" for this one evaluation instead.
  uint64_t non_heap = heap_free + heap_alloc <= mapped_ready ? mapped_ready - heap_free - heap_alloc : 0;
  // How far over the limit we already are, to be won back.
  uint64_t overage = mapped_ready > limit ? mapped_ready - limit : 0;
  if (non_heap + overage >= limit) {
    // Non-heap memory alone exceeds the limit: collect as often as possible.
    return heap_marked;
  }
  uint64_t goal = limit - (non_heap + overage);
  // Leave headroom for pacing error: 3% of the goal, at least 1 MB.
  uint64_t headroom = goal / 100 * kMemoryLimitHeapGoalHeadroomPercent;
  if (headroom < kMemoryLimitMinHeapGoalHeadroom) headroom = kMemoryLimitMinHeapGoalHeadroom;
  if (goal < headroom || goal - headroom < headroom) {
    goal = headroom;
  } else {
    goal = goal - headroom;
  }
  // A goal below the live heap means nothing.
  if (goal < heap_marked) goal = heap_marked;
  return goal;
}

void GcController::heap_goal_internal(uint64_t* goal_out, uint64_t* min_trigger_out) const {
  uint64_t goal = gc_percent_heap_goal_.load(std::memory_order_relaxed);
  uint64_t min_trigger = 0;
  uint64_t limit_goal = memory_limit_heap_goal();
  if (limit_goal < goal) {
    // Memory-limited: no adjustment may push the goal back up.
    goal = limit_goal;
  } else {
    uint64_t sweep_dist_trigger = sweep_dist_min_trigger_.load(std::memory_order_relaxed);
    if (sweep_dist_trigger > goal) goal = sweep_dist_trigger;
    min_trigger = sweep_dist_trigger;
    // Keep at least 64 KiB between where this cycle started and its goal, so the
    // assist ratio stays finite.
    uint64_t triggered = triggered_.load(std::memory_order_relaxed);
    if (triggered != UINT64_MAX && goal < triggered + kMinHeapGoalRunway) {
      goal = triggered + kMinHeapGoalRunway;
    }
  }
  *goal_out = goal;
  *min_trigger_out = min_trigger;
}

uint64_t GcController::heap_goal() const {
  uint64_t goal, min_trigger;
  heap_goal_internal(&goal, &min_trigger);
  return goal;
}

void GcController::trigger_and_goal(uint64_t* trigger_out, uint64_t* goal_out) const {
  uint64_t goal, min_trigger;
  heap_goal_internal(&goal, &min_trigger);
  *goal_out = goal;
  uint64_t heap_marked = heap_marked_.load(std::memory_order_relaxed);
  if (heap_marked >= goal) {
    // Only possible through the memory limit: collect continuously.
    *trigger_out = goal;
    return;
  }
  if (min_trigger < heap_marked) min_trigger = heap_marked;
  // Never trigger earlier than ~70% of the way from the live heap to the goal...
  uint64_t lower_bound = ((goal - heap_marked) / kTriggerRatioDen) * kMinTriggerRatioNum + heap_marked;
  if (min_trigger < lower_bound) min_trigger = lower_bound;
  // ...nor later than ~95% of the way (or, for big heaps, 4 MB before the goal).
  uint64_t max_trigger = ((goal - heap_marked) / kTriggerRatioDen) * kMaxTriggerRatioNum + heap_marked;
  if (goal > kDefaultHeapMinimum && goal - kDefaultHeapMinimum > max_trigger) {
    max_trigger = goal - kDefaultHeapMinimum;
  }
  max_trigger = std::max(max_trigger, min_trigger);

  uint64_t runway = runway_.load(std::memory_order_relaxed);
  uint64_t trigger = runway > goal ? min_trigger : goal - runway;
  trigger = std::max(trigger, min_trigger);
  trigger = std::min(trigger, max_trigger);
  // trigger <= goal holds: both bounds are at most the goal (min_trigger is the sweep
  // distance, which raised the goal, or a point between heap_marked and the goal).
  *trigger_out = trigger;
}

uint64_t GcController::trigger() const {
  uint64_t trigger, goal;
  trigger_and_goal(&trigger, &goal);
  return trigger;
}

bool GcController::should_force_periodic(int64_t now_ns, int64_t last_gc_ns) const {
  if (gc_percent() < 0) return false;
  return last_gc_ns != 0 && now_ns - last_gc_ns > kForceGcPeriodNs;
}

// ---- Cycle --------------------------------------------------------------------------

void GcController::commit_locked(bool is_sweep_done) {
  // While sweeping, the sweeper needs at least 1 MB of allocation before the next
  // trigger to finish.
  sweep_dist_min_trigger_.store(
      is_sweep_done ? 0 : heap_live_.load(std::memory_order_relaxed) + kSweepMinHeapDistance,
      std::memory_order_relaxed);

  uint64_t heap_marked = heap_marked_.load(std::memory_order_relaxed);
  uint64_t last_stack_scan = last_stack_scan_.load(std::memory_order_relaxed);
  uint64_t globals_scan = globals_scan_.load(std::memory_order_relaxed);
  uint64_t goal = UINT64_MAX;
  int32_t percent = gc_percent_.load(std::memory_order_relaxed);
  if (percent >= 0) {
    goal = heap_marked + (heap_marked + last_stack_scan + globals_scan) * static_cast<uint64_t>(percent) / 100;
  }
  uint64_t heap_minimum = heap_minimum_.load(std::memory_order_relaxed);
  if (goal < heap_minimum) goal = heap_minimum;
  gc_percent_heap_goal_.store(goal, std::memory_order_relaxed);

  // Runway: the allocation (in bytes) the mutator will do while the GC performs the
  // expected scan work with 25% of the CPU, by the cons/mark estimate. An infinite
  // estimate (a cycle that measured no scan work) saturates: trigger at the lower bound.
  uint64_t expected_scan = last_heap_scan_.load(std::memory_order_relaxed) + last_stack_scan + globals_scan;
  runway_.store(saturating_u64((cons_mark_ * (1 - kGcGoalUtilization) / kGcGoalUtilization) *
                               static_cast<double>(expected_scan)),
                std::memory_order_relaxed);
}

void GcController::commit(bool is_sweep_done) {
  std::lock_guard<std::mutex> lock(mu_);
  commit_locked(is_sweep_done);
  if (marking()) revise();
}

void GcController::commit(uint64_t heap_marked, uint64_t stack_scan_bytes, uint64_t globals_scan_bytes,
                          bool is_sweep_done) {
  std::lock_guard<std::mutex> lock(mu_);
  heap_marked_.store(heap_marked, std::memory_order_relaxed);
  heap_live_.store(heap_marked, std::memory_order_relaxed);
  uint64_t heap_work = static_cast<uint64_t>(heap_scan_work_.load(std::memory_order_relaxed));
  heap_scan_.store(heap_work, std::memory_order_relaxed);
  last_heap_scan_.store(heap_work, std::memory_order_relaxed);
  last_stack_scan_.store(stack_scan_bytes, std::memory_order_relaxed);
  globals_scan_.store(globals_scan_bytes, std::memory_order_relaxed);
  triggered_.store(UINT64_MAX, std::memory_order_relaxed);
  commit_locked(is_sweep_done);
  if (marking()) revise();
}

void GcController::reset_live(uint64_t bytes_marked) {
  std::lock_guard<std::mutex> lock(mu_);
  heap_marked_.store(bytes_marked, std::memory_order_relaxed);
  heap_live_.store(bytes_marked, std::memory_order_relaxed);
  uint64_t heap_work = static_cast<uint64_t>(heap_scan_work_.load(std::memory_order_relaxed));
  heap_scan_.store(heap_work, std::memory_order_relaxed);
  last_heap_scan_.store(heap_work, std::memory_order_relaxed);
  last_stack_scan_.store(static_cast<uint64_t>(stack_scan_work_.load(std::memory_order_relaxed)),
                         std::memory_order_relaxed);
  triggered_.store(UINT64_MAX, std::memory_order_relaxed);
}

void GcController::start_cycle(int64_t now_ns, int gomaxprocs, uint64_t heap_live, bool forced,
                               GcTriggerKind kind) {
  std::lock_guard<std::mutex> lock(mu_);
  heap_scan_work_.store(0, std::memory_order_relaxed);
  stack_scan_work_.store(0, std::memory_order_relaxed);
  globals_scan_work_.store(0, std::memory_order_relaxed);
  bg_scan_credit_.store(0, std::memory_order_relaxed);
  assist_time_.store(0, std::memory_order_relaxed);
  dedicated_mark_time_.store(0, std::memory_order_relaxed);
  fractional_mark_time_.store(0, std::memory_order_relaxed);
  idle_mark_time_.store(0, std::memory_order_relaxed);
  mark_start_ns_.store(now_ns, std::memory_order_relaxed);
  heap_live_.store(heap_live, std::memory_order_relaxed);
  triggered_.store(heap_live, std::memory_order_relaxed);
  cycle_forced_.store(forced, std::memory_order_relaxed);

  // Dedicated workers: 25% of the Ps, rounded to the nearest whole P. When rounding
  // misses the 25% by more than 30% (GOMAXPROCS 1, 2, 3 and 6), round down instead
  // and let fractional workers on the other Ps make up the difference.
  int procs = std::max(gomaxprocs, 1);
  double total_goal = static_cast<double>(procs) * kGcBackgroundUtilization;
  int64_t dedicated = static_cast<int64_t>(total_goal + 0.5);
  double util_error = static_cast<double>(dedicated) / total_goal - 1;
  double fractional_goal = 0;
  if (util_error < -kMaxUtilError || util_error > kMaxUtilError) {
    if (static_cast<double>(dedicated) > total_goal) dedicated--;
    fractional_goal = (total_goal - static_cast<double>(dedicated)) / static_cast<double>(procs);
  }
  if (gcstoptheworld_ > 0) {
    // Stop-the-world mode marks with every P.
    dedicated = procs;
    fractional_goal = 0;
  }
  fractional_utilization_goal_.store(fractional_goal, std::memory_order_relaxed);

  if (kind == GcTriggerKind::kTime) {
    // A periodic GC runs on an idle program: no idle workers beyond the one needed
    // for progress when there is no dedicated worker.
    set_max_idle_mark_workers(dedicated > 0 ? 0 : 1);
  } else {
    set_max_idle_mark_workers(static_cast<int32_t>(procs) - static_cast<int32_t>(dedicated));
  }
  dedicated_workers_needed_.store(dedicated, std::memory_order_relaxed);
  dedicated_mark_workers_.store(static_cast<int>(dedicated), std::memory_order_relaxed);
  marking_.store(true, std::memory_order_relaxed);
  revise();
}

void GcController::revise() {
  int32_t percent = gc_percent();
  // A forced GC with GOGC=off paces as if GOGC were huge.
  if (percent < 0) percent = kGcPercentWhenOffButForced;
  uint64_t live = heap_live();
  uint64_t scan = heap_scan();
  int64_t work = heap_scan_work() + stack_scan_work() + globals_scan_work();
  int64_t heap_goal_now = static_cast<int64_t>(heap_goal());
  uint64_t globals = globals_scan();
  int64_t scan_work_expected = static_cast<int64_t>(last_heap_scan() + last_stack_scan() + globals);
  int64_t max_scan_work = static_cast<int64_t>(scan + max_stack_scan() + globals);

  if (work > scan_work_expected) {
    // More scan work than last cycle's: the heap is growing. Stretch the goal in
    // proportion to the worst case (everything scannable is live), up to
    // (1 + GOGC/100) times the goal, so assists stay level.
    int64_t triggered = static_cast<int64_t>(triggered_.load(std::memory_order_relaxed));
    int64_t hard_goal =
        saturating_i64((1.0 + static_cast<double>(percent) / 100.0) * static_cast<double>(heap_goal_now));
    int64_t extended;
    if (scan_work_expected == 0) {
      // Go would divide by zero here (it always has globals to expect); the limit of
      // the stretch is the hard goal.
      extended = hard_goal;
    } else {
      extended = saturating_i64(static_cast<double>(heap_goal_now - triggered) /
                                static_cast<double>(scan_work_expected) * static_cast<double>(max_scan_work)) +
                 triggered;
    }
    scan_work_expected = max_scan_work;
    if (extended > hard_goal) extended = hard_goal;
    heap_goal_now = extended;
  }
  if (static_cast<int64_t>(live) > heap_goal_now) {
    // Already past even the stretched goal: allow 10% overshoot and assume the worst
    // case amount of work.
    heap_goal_now = static_cast<int64_t>(static_cast<double>(heap_goal_now) * kMaxOvershoot);
    scan_work_expected = max_scan_work;
  }
  int64_t scan_work_remaining = scan_work_expected - work;
  if (scan_work_remaining < 1000) scan_work_remaining = 1000;
  int64_t heap_remaining = heap_goal_now - static_cast<int64_t>(live);
  if (heap_remaining <= 0) heap_remaining = 1;
  assist_work_per_byte_.store(static_cast<double>(scan_work_remaining) / static_cast<double>(heap_remaining),
                              std::memory_order_relaxed);
  assist_bytes_per_work_.store(static_cast<double>(heap_remaining) / static_cast<double>(scan_work_remaining),
                               std::memory_order_relaxed);
}

void GcController::end_cycle(int64_t now_ns, int gomaxprocs) {
  std::lock_guard<std::mutex> lock(mu_);
  marking_.store(false, std::memory_order_relaxed);  // blackening has stopped
  last_heap_goal_.store(heap_goal(), std::memory_order_relaxed);

  int64_t procs = std::max(gomaxprocs, 1);
  int64_t assist_duration = now_ns - mark_start_ns();
  // Background workers are assumed to have met their 25%; assists come on top.
  double utilization = kGcBackgroundUtilization;
  if (assist_duration > 0) {
    utilization += static_cast<double>(assist_time()) / static_cast<double>(assist_duration * procs);
  }
  uint64_t live = heap_live();
  uint64_t triggered = triggered_.load(std::memory_order_relaxed);
  if (live <= triggered) return;  // a cycle too short to learn from
  double idle_utilization = 0;
  if (assist_duration > 0) {
    idle_utilization = static_cast<double>(idle_mark_time()) / static_cast<double>(assist_duration * procs);
  }
  // cons/mark: bytes allocated per mutator CPU over bytes scanned per GC CPU (idle
  // marking counts as GC CPU for scanning, not as mutator CPU lost).
  int64_t scan_work = heap_scan_work() + stack_scan_work() + globals_scan_work();
  double current = (static_cast<double>(live - triggered) * (utilization + idle_utilization)) /
                   (static_cast<double>(scan_work) * (1 - utilization));
  // Take the largest of this and the last four measurements: a noisy estimate errs
  // toward starting earlier rather than assisting more.
  cons_mark_ = current;
  for (double past : last_cons_mark_) {
    if (past > cons_mark_) cons_mark_ = past;
  }
  for (size_t i = 0; i + 1 < std::size(last_cons_mark_); i++) last_cons_mark_[i] = last_cons_mark_[i + 1];
  last_cons_mark_[std::size(last_cons_mark_) - 1] = current;
}

// ---- Mark workers -------------------------------------------------------------------

bool GcController::try_claim_dedicated_worker() {
  int64_t needed = dedicated_workers_needed_.load(std::memory_order_relaxed);
  while (needed > 0) {
    if (dedicated_workers_needed_.compare_exchange_weak(needed, needed - 1, std::memory_order_relaxed)) {
      return true;
    }
  }
  return false;
}

bool GcController::fractional_worker_wanted(int64_t p_fractional_mark_ns, int64_t now_ns) const {
  double goal = fractional_utilization_goal();
  if (goal == 0) return false;
  int64_t delta = now_ns - mark_start_ns();
  // A P already ahead of the fractional goal does not run the worker.
  return !(delta > 0 && static_cast<double>(p_fractional_mark_ns) / static_cast<double>(delta) > goal);
}

bool GcController::fractional_worker_should_exit(int64_t self_ns, int64_t now_ns) const {
  int64_t delta = now_ns - mark_start_ns();
  if (delta <= 0) return true;
  // 20% slack so the worker is not behind again the moment it stops.
  return static_cast<double>(self_ns) / static_cast<double>(delta) > 1.2 * fractional_utilization_goal();
}

namespace {
constexpr uint64_t pack_idle(int32_t running, int32_t max) {
  return static_cast<uint64_t>(static_cast<uint32_t>(running)) | (static_cast<uint64_t>(static_cast<uint32_t>(max)) << 32);
}
int32_t idle_running(uint64_t packed) { return static_cast<int32_t>(static_cast<uint32_t>(packed)); }
int32_t idle_max(uint64_t packed) { return static_cast<int32_t>(static_cast<uint32_t>(packed >> 32)); }
}  // namespace

bool GcController::add_idle_mark_worker() {
  uint64_t old = idle_mark_workers_.load(std::memory_order_relaxed);
  for (;;) {
    int32_t running = idle_running(old), max = idle_max(old);
    // The running count may transiently exceed max after the cap drops.
    if (running >= max) return false;
    if (idle_mark_workers_.compare_exchange_weak(old, pack_idle(running + 1, max), std::memory_order_relaxed)) {
      return true;
    }
  }
}

bool GcController::need_idle_mark_worker() const {
  uint64_t packed = idle_mark_workers_.load(std::memory_order_relaxed);
  return idle_running(packed) < idle_max(packed);
}

void GcController::remove_idle_mark_worker() {
  uint64_t old = idle_mark_workers_.load(std::memory_order_relaxed);
  for (;;) {
    int32_t running = idle_running(old);
    if (running <= 0) return;  // Go throws "negative idle mark workers"; a caller bug
    if (idle_mark_workers_.compare_exchange_weak(old, pack_idle(running - 1, idle_max(old)),
                                                 std::memory_order_relaxed)) {
      return;
    }
  }
}

int32_t GcController::max_idle_mark_workers() const {
  return idle_max(idle_mark_workers_.load(std::memory_order_relaxed));
}

void GcController::set_max_idle_mark_workers(int32_t max) {
  uint64_t old = idle_mark_workers_.load(std::memory_order_relaxed);
  while (!idle_mark_workers_.compare_exchange_weak(old, pack_idle(idle_running(old), max),
                                                   std::memory_order_relaxed)) {
  }
}

void GcController::mark_worker_stop(MarkWorkerMode mode, int64_t duration_ns) {
  switch (mode) {
    case MarkWorkerMode::kDedicated:
      dedicated_mark_time_.fetch_add(duration_ns, std::memory_order_relaxed);
      dedicated_workers_needed_.fetch_add(1, std::memory_order_relaxed);
      break;
    case MarkWorkerMode::kFractional:
      fractional_mark_time_.fetch_add(duration_ns, std::memory_order_relaxed);
      break;
    case MarkWorkerMode::kIdle:
      idle_mark_time_.fetch_add(duration_ns, std::memory_order_relaxed);
      remove_idle_mark_worker();
      break;
  }
}

void GcController::add_scan_work(int64_t heap_bytes, int64_t stack_bytes, int64_t globals_bytes) {
  if (heap_bytes != 0) heap_scan_work_.fetch_add(heap_bytes, std::memory_order_relaxed);
  if (stack_bytes != 0) stack_scan_work_.fetch_add(stack_bytes, std::memory_order_relaxed);
  if (globals_bytes != 0) globals_scan_work_.fetch_add(globals_bytes, std::memory_order_relaxed);
}

// ---- Scavenger goals ----------------------------------------------------------------

ScavengeGoals scavenge_goals(int64_t memory_limit, uint64_t heap_goal, uint64_t last_heap_goal,
                             uint64_t mapped_ready, uint64_t last_heap_in_use, uint64_t heap_retained,
                             uint64_t phys_page_size) {
  ScavengeGoals goals;
  // Memory limit: retain at most 95% of the limit.
  constexpr double kReduceExtraFraction = 1 - 5 / 100.0;
  uint64_t limit_goal = saturating_u64(static_cast<double>(memory_limit) * kReduceExtraFraction);
  goals.memory_limit_goal = mapped_ready <= limit_goal ? UINT64_MAX : limit_goal;

  // GOGC: no goal before the first cycle has ended.
  if (last_heap_goal == 0) return goals;
  // Scale the in-use heap at the last GC by how the goal moved, plus 10%, rounded up
  // to a physical page.
  double goal_ratio = static_cast<double>(heap_goal) / static_cast<double>(last_heap_goal);
  uint64_t percent_goal = saturating_u64(static_cast<double>(last_heap_in_use) * goal_ratio);
  percent_goal += percent_goal / 10;
  percent_goal = (percent_goal + phys_page_size - 1) & ~(phys_page_size - 1);
  if (heap_retained <= percent_goal || heap_retained - percent_goal < phys_page_size) {
    goals.gc_percent_goal = UINT64_MAX;
  } else {
    goals.gc_percent_goal = percent_goal;
  }
  return goals;
}

}  // namespace gs::gc
