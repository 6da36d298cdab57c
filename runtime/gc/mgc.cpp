// mgc.cpp — the cycle driver (Go: runtime/mgc.go's gcStart, gcMarkDone,
// gcMarkTermination, gcSweep, bgsweep and runtime.GC). See mgc.h.
#include "gc/mgc.h"

#include <algorithm>
#include <chrono>

#include "gc/gctrace.h"
#include "mem/malloc.h"
#include "mem/mheap.h"
#include "os/note.h"

namespace gs::gc {

namespace {

int64_t unix_now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

constexpr size_t kMaxCycles = 128;
constexpr size_t kMaxSamples = 1200;
constexpr size_t kMaxTraceLines = 64;

}  // namespace

const char* gc_phase_name(GcPhase p) {
  switch (p) {
    case GcPhase::Off: return "off";
    case GcPhase::SweepTermination: return "sweep termination";
    case GcPhase::Mark: return "mark";
    case GcPhase::MarkTermination: return "mark termination";
  }
  return "?";
}

Collector::Collector(mem::Heap& heap, World& world, RootSource& roots, const GcEnv& env,
                     std::function<void(const std::string&)> trace_out)
    : heap_(heap), world_(world), roots_(roots), env_(env), trace_out_(std::move(trace_out)) {
  start_mono_ns_ = os::nanotime();
  start_unix_ns_ = unix_now_ns();
  pacer_.init(env_);
  update_trigger();
  // mallocgc's charge of a goroutine's allocation while marking lands here when the
  // goroutine is in debt (Go: gcAssistAlloc); the credit is bound by the runtime.
  heap_.set_assist_hook([](void* self, int64_t* credit) { static_cast<Collector*>(self)->assist_alloc(credit); }, this);
}

Collector::~Collector() { stop_background(); }

void Collector::stop_background() {
  {
    std::unique_lock<std::mutex> lock(sweeper_mu_);
    stopping_ = true;
    sweeper_cv_.wait(lock, [this] { return !sweeper_running_; });
  }
  {
    std::unique_lock<std::mutex> lock(worker_mu_);
    worker_stop_ = true;
    worker_cv_.notify_all();
    worker_cv_.wait(lock, [this] { return workers_running_ == 0; });
  }
  // A run that ends while marking leaves no barrier or assist hook pointing at this
  // collector.
  mem::write_barrier_register(this, false);
  heap_.set_assist_hook(nullptr, nullptr);
}

int64_t Collector::since_start_ns() const { return os::nanotime() - start_mono_ns_; }

// cycle_mu_ held (or construction): publishes the pacer's numbers for readers that
// must not wait for a cycle (panels, the allocation fast path).
void Collector::update_trigger() {
  trigger_.store(pacer_.trigger(), std::memory_order_relaxed);
  heap_.set_gc_trigger(trigger_.load(std::memory_order_relaxed));
  goal_.store(pacer_.heap_goal(), std::memory_order_relaxed);
  gogc_.store(pacer_.gc_percent(), std::memory_order_relaxed);
  memory_limit_.store(pacer_.memory_limit(), std::memory_order_relaxed);
  heap_marked_.store(pacer_.heap_marked(), std::memory_order_relaxed);
}

bool Collector::wanted() const {
  return heap_.heap_live() >= trigger_.load(std::memory_order_relaxed);
}

Collector::Result Collector::maybe_collect() {
  if (in_cycle_.load(std::memory_order_acquire)) return Result::NotNeeded;  // already collecting
  if (!wanted()) return Result::NotNeeded;
  return run_cycle(false);
}

Collector::Result Collector::collect_forced() {
  // Go's runtime.GC: wait for the cycle under way to finish, then run a whole one.
  // A forced cycle already marking (started by a previous attempt of this call that
  // had to yield) is finished rather than followed by another.
  if (in_cycle_.load(std::memory_order_acquire)) {
    const bool was_forced = cycle_.forced;
    while (phase() == GcPhase::Mark && assist_unbounded_step()) {
    }
    Result r = finish_mark();
    if (r == Result::Busy) return r;
    if (!was_forced) return Result::Busy;  // now start ours: the caller retries
  } else {
    Result r = run_cycle(true);
    if (r != Result::Done) return r;
    if (phase() == GcPhase::Mark) {
      // Concurrent: the caller marks too (Go's runtime.GC blocks in gcWaitOnMark while
      // workers and assists finish), then terminates the cycle itself.
      while (assist_unbounded_step()) {
      }
      r = finish_mark();
      if (r != Result::Done) return r;
    }
  }
  // The caller sweeps too, and returns only once every span of the cycle is swept
  // (so MemStats show the cycle's effect).
  const uint32_t prof_cycle = heap_.mem_profile().cycle();
  while (heap_.sweep_one()) {
  }
  heap_.finish_sweep();
  finish_sweep_accounting();
  // Every free of this cycle is counted: the heap profile shows the heap as this
  // collection left it, unless another cycle ended meanwhile (Go: mProf_PostSweep).
  heap_.mem_profile().post_sweep(prof_cycle);
  return Result::Done;
}

// One slice of mark work by a goroutine that must see marking end (runtime.GC);
// false when no work is left anywhere the caller can take it from.
bool Collector::assist_unbounded_step() {
  Marker m(heap_, queue_);
  flush_barrier_work();
  const int64_t t0 = os::nanotime();
  uint64_t done = m.drain_bounded(UINT64_MAX);
  m.dispose();
  add_marker_counts(m);
  assist_ns_.fetch_add(os::nanotime() - t0, std::memory_order_relaxed);
  return done != 0 || queue_.has_full();
}

void Collector::add_marker_counts(const Marker& m, MarkerCounts* flushed) {
  MarkerCounts now{m.bytes_marked(), m.objects_marked(), m.bytes_scanned(), m.root_bytes_scanned()};
  MarkerCounts before = flushed ? *flushed : MarkerCounts{};
  marked_bytes_.fetch_add(now.marked - before.marked, std::memory_order_relaxed);
  objects_marked_.fetch_add(now.objects - before.objects, std::memory_order_relaxed);
  scan_work_.fetch_add(now.scanned - before.scanned, std::memory_order_relaxed);
  root_bytes_.fetch_add(now.roots - before.roots, std::memory_order_relaxed);
  if (flushed) {
    // A background worker's work is banked for assists (Go: gcFlushBgCredit).
    pacer_.bg_scan_credit().fetch_add(static_cast<int64_t>(now.scanned - before.scanned), std::memory_order_relaxed);
    *flushed = now;
  }
}

// Publishes what the write barrier greyed on the shared queue, where markers take it.
void Collector::flush_barrier_work() {
  std::lock_guard<std::mutex> lock(barrier_mu_);
  barrier_work_.dispose();  // its buffers go to the shared full list, where m finds them
}

bool Collector::shade_from_barrier(uintptr_t p) {
  mem::ObjectRef obj;
  if (!heap_.find_object(p, &obj)) return false;
  if (!obj.span->try_mark(obj.index)) return true;  // already grey or black
  std::lock_guard<std::mutex> lock(barrier_mu_);
  barrier_marked_bytes_ += obj.size;
  barrier_objects_++;
  if (!obj.span->noscan()) barrier_work_.put(p);
  return true;
}

namespace {
// Credits and work are products of the pacer's ratios, which can be huge (little scan
// work expected, much runway) or tiny: converted saturating, never out of range.
int64_t saturate(double v) {
  constexpr double kMax = 4.0e18;
  if (!(v > 0)) return 0;
  return v >= kMax ? static_cast<int64_t>(kMax) : static_cast<int64_t>(v);
}
void add_credit(int64_t* credit, int64_t v) {  // v >= 0
  *credit = *credit > INT64_MAX - v ? INT64_MAX : *credit + v;
}
}  // namespace

uint64_t Collector::assist_alloc(int64_t* credit) {
  if (phase() != GcPhase::Mark || *credit >= 0) return 0;
  constexpr int64_t kOverAssistWork = 64 << 10;  // Go: gcOverAssistWork
  const double work_per_byte = pacer_.assist_work_per_byte();
  const double bytes_per_work = pacer_.assist_bytes_per_work();
  // The scan work that pays the debt, rounded up to a worthwhile amount (the bytes
  // it buys then leave the goroutine in credit).
  int64_t debt_bytes = *credit == INT64_MIN ? INT64_MAX : -*credit;
  int64_t work = saturate(work_per_byte * static_cast<double>(debt_bytes));
  if (work < kOverAssistWork) {
    work = kOverAssistWork;
    debt_bytes = std::max(debt_bytes, saturate(bytes_per_work * static_cast<double>(work)));
  }
  // Take what the background workers have banked first: free for this goroutine.
  std::atomic<int64_t>& bank = pacer_.bg_scan_credit();
  int64_t banked = bank.load(std::memory_order_relaxed);
  while (banked > 0) {
    const int64_t stolen = std::min(banked, work);
    if (!bank.compare_exchange_weak(banked, banked - stolen, std::memory_order_relaxed)) continue;
    add_credit(credit, stolen == work ? debt_bytes : 1 + saturate(bytes_per_work * static_cast<double>(stolen)));
    work -= stolen;
    break;
  }
  if (work == 0) return 0;
  // Then scan grey objects for the rest.
  const int64_t t0 = os::nanotime();
  Marker m(heap_, queue_);
  flush_barrier_work();
  const uint64_t scanned = m.drain_bounded(static_cast<uint64_t>(work));
  m.dispose();
  add_marker_counts(m);
  add_credit(credit, 1 + saturate(bytes_per_work * static_cast<double>(scanned)));
  // Go parks a goroutine still in debt with no grey work left until the workers bank
  // credit or marking ends (gcParkAssist). It cannot park inside mallocgc here: the
  // debt is forgiven instead, and marking ends as soon as the workers run dry.
  if (*credit < 0 && scanned == 0) *credit = 0;
  const int64_t ns = os::nanotime() - t0;
  assist_ns_.fetch_add(ns, std::memory_order_relaxed);
  pacer_.add_assist_time(ns);
  return scanned;
}

void Collector::flush_assist_credit(int64_t credit) {
  if (phase() != GcPhase::Mark || credit <= 0) return;
  const int64_t work = saturate(pacer_.assist_work_per_byte() * static_cast<double>(credit));
  if (work > 0) pacer_.bg_scan_credit().fetch_add(std::min<int64_t>(work, INT64_MAX / 4), std::memory_order_relaxed);
}

void Collector::check_periodic() {
  if (in_cycle_.load(std::memory_order_acquire) || periodic_pending_.load(std::memory_order_relaxed)) return;
  if (!pacer_.should_force_periodic(os::nanotime(), last_gc_mono_.load(std::memory_order_relaxed))) return;
  if (!periodic_pending_.exchange(true)) world_.request_safe_points();
}

Collector::Result Collector::collect_periodic() {
  if (!periodic_pending_.load(std::memory_order_acquire)) return Result::NotNeeded;
  if (in_cycle_.load(std::memory_order_acquire)) return Result::NotNeeded;  // a cycle is under way anyway
  // Go's forcegchelper prints this line before the cycle (with gctrace).
  if (env_.gctrace > 0 && trace_out_) trace_out_(kGcForcedLine);
  Result r = run_cycle(false, /*periodic=*/true);
  if (r != Result::Busy) periodic_pending_.store(false, std::memory_order_release);
  return r;
}

Collector::Result Collector::run_cycle(bool forced, bool periodic) {
  bool expected = false;
  if (!in_cycle_.compare_exchange_strong(expected, true, std::memory_order_acq_rel)) return Result::Busy;
  std::unique_lock<std::mutex> cycle(cycle_mu_);
  const int64_t t0 = os::nanotime();
  if (!world_.stop_the_world()) {
    in_cycle_.store(false, std::memory_order_release);
    return Result::Busy;
  }
  if (!forced && !periodic && heap_.heap_live() < trigger_.load(std::memory_order_relaxed)) {
    // Another goroutine's cycle finished between our check and the stop.
    world_.start_the_world();
    in_cycle_.store(false, std::memory_order_release);
    return Result::NotNeeded;
  }
  const int procs = world_.gomaxprocs();
  procs_.store(procs, std::memory_order_relaxed);

  // 1. Sweep termination: the previous cycle's sweeping completes.
  phase_.store(GcPhase::SweepTermination, std::memory_order_relaxed);
  heap_.finish_sweep();
  finish_sweep_accounting();
  cycle_ = CycleState{};
  cycle_.forced = forced;
  cycle_.procs = procs;
  cycle_.t0 = t0;
  cycle_.heap_start = heap_.heap_live();
  cycle_.goal = pacer_.heap_goal();
  pacer_.start_cycle(t0, procs, cycle_.heap_start, forced,
                     forced ? GcTriggerKind::kCycle : periodic ? GcTriggerKind::kTime : GcTriggerKind::kHeap);
  {
    std::lock_guard<std::mutex> lock(stats_mu_);
    cycle_.num = num_gc_ + 1;
  }
  marked_bytes_ = objects_marked_ = scan_work_ = root_bytes_ = 0;
  bg_mark_ns_ = assist_ns_ = 0;
  roots_.reset_assist_credit();  // the bank itself was emptied by pacer_.start_cycle
  {
    std::lock_guard<std::mutex> lock(barrier_mu_);
    barrier_marked_bytes_ = barrier_objects_ = 0;
  }
  mark_done_.store(false, std::memory_order_relaxed);

  // The roots are greyed with the world still stopped (every stack among them), then
  // the barrier and allocate-black go on before any goroutine runs again.
  phase_.store(GcPhase::Mark, std::memory_order_relaxed);
  heap_.set_gc_marking(true);
  mem::write_barrier_register(this, true);
  cycle_.concurrent = env_.gcstoptheworld == 0;
  sampler_.begin_cycle(cycle_.num, cycle_.concurrent);
  {
    Marker roots(heap_, queue_);
    RootTap tap(roots, sampler_);
    cycle_.sizes = roots_.mark_roots(tap);
    roots_.mark_specials(roots);
    roots.dispose();
    add_marker_counts(roots);
  }
  // The tri-colour sample is taken now: the world is still stopped and the roots are grey.
  sampler_.roots_done(since_start_ns(), 0);
  // While sampled, marking goes in slices of about an eighth of the work expected (the
  // heap the last cycle marked; the whole heap for the first cycle), so the sampler can
  // record how the colours move (a point after each slice).
  {
    const uint64_t last_marked = heap_marked_.load(std::memory_order_relaxed);
    const uint64_t expect = last_marked != 0 ? std::min(last_marked, cycle_.heap_start) : cycle_.heap_start;
    sample_slice_.store(std::max<uint64_t>(expect / 8, 4096), std::memory_order_relaxed);
  }
  // The background workers (Go's 25% of GOMAXPROCS): the pacer's dedicated workers,
  // plus a fractional one when its fractional goal is not zero. Each is handed its job
  // now and woken after the pause.
  void* workers[kMaxMarkWorkers] = {};
  int started = 0;
  if (cycle_.concurrent) {
    const int dedicated = std::min(pacer_.dedicated_mark_workers(), kMaxMarkWorkers);
    const bool fractional = pacer_.fractional_utilization_goal() > 0 && dedicated < kMaxMarkWorkers;
    const int wanted = std::max(1, dedicated + (fractional ? 1 : 0));
    {
      // The last cycle's workers may still be leaving their waits.
      std::unique_lock<std::mutex> lock(worker_mu_);
      worker_cv_.wait(lock, [this] { return workers_running_ == 0; });
      worker_stop_ = false;
      workers_running_ = wanted;
      workers_idle_ = workers_waiting_ = 0;
    }
    for (int i = 0; i < wanted; i++) {
      const bool is_dedicated = i < dedicated && pacer_.try_claim_dedicated_worker();
      worker_slots_[i] = {this, is_dedicated || !fractional ? MarkWorkerMode::kDedicated : MarkWorkerMode::kFractional};
      if (!(workers[started] = world_.spawn_parked(&Collector::bg_mark_entry, &worker_slots_[i]))) {
        if (is_dedicated) pacer_.mark_worker_stop(MarkWorkerMode::kDedicated, 0);
        break;
      }
      started++;
    }
    if (started < wanted) {
      std::lock_guard<std::mutex> lock(worker_mu_);
      workers_running_ -= wanted - started;
      worker_cv_.notify_all();
    }
    if (started == 0) cycle_.concurrent = false;  // no thread free: mark in this pause instead
  }
  if (!cycle_.concurrent) {
    // 2. Mark with the world stopped (GODEBUG=gcstoptheworld=1).
    const int64_t t1 = os::nanotime();
    cycle_.t1 = t1;
    sampler_.set_concurrent(false);
    Marker m(heap_, queue_);
    const uint64_t slice = sample_slice_.load(std::memory_order_relaxed);
    while (sampler_.active() && m.drain_bounded(slice) != 0)
      sampler_.mark_point(since_start_ns(), scan_work_.load(std::memory_order_relaxed) + m.bytes_scanned());
    m.drain();
    add_marker_counts(m);
    mark_termination(os::nanotime());
    return Result::Done;
  }
  // 2. Mark, concurrently: the world runs again. The worker's thread, handed its job
  // in the pause, is woken only now: woken inside the pause, on a busy machine it took
  // this thread's CPU and the world stayed stopped for a scheduler time slice (Go,
  // too, readies its workers before the pause and lets them run after it).
  cycle_.t1 = os::nanotime();
  cycle.unlock();
  world_.start_the_world();
  for (int i = 0; i < started; i++) world_.start_spawned(workers[i]);
  return Result::Done;
}

void Collector::bg_mark_entry(void* slot) {
  auto* w = static_cast<WorkerSlot*>(slot);
  w->collector->bg_mark(w->mode);
}

// Go: gcBgMarkWorker. A dedicated worker drains until no grey object is left; a
// fractional one drains in slices and steps aside (waits) whenever its marking time
// is ahead of its share. When every worker finds no work at once, marking is done:
// the last one asks the goroutines for a safe point where mark termination can run,
// and keeps asking (a goroutine that was blocked may be the next to run) until it does.
//
// A worker adds its counts and its time to the cycle's totals before every wait, and
// after a wait it touches no marking state before it exits: so mark termination waits
// only for the workers that are marking (mark_worker_wait), never for a sleeping
// thread to be woken, which on a busy machine can take a scheduler time slice.
void Collector::bg_mark(MarkWorkerMode mode) {
  Marker m(heap_, queue_);
  constexpr uint64_t kSlice = 64 << 10;
  // A sampled cycle (mgcsample.h) takes a point after each slice of about an eighth
  // of the heap's scan work.
  const bool sampled = sampler_.active();
  const uint64_t point_every = sample_slice_.load(std::memory_order_relaxed);
  const uint64_t slice = sampled ? std::min<uint64_t>(kSlice, point_every) : kSlice;
  // The fractional worker's share of the cycle's time: its goal on every P, summed.
  const int procs = std::max(1, cycle_.procs);
  const double share = pacer_.fractional_utilization_goal() * procs;
  const int64_t mark_start = pacer_.mark_start_ns();
  uint64_t since_point = 0;
  MarkerCounts flushed;      // what this worker has added to the cycle's counts so far
  int64_t self_ns = 0;       // this worker's marking time (not its waits)
  int64_t self_flushed = 0;  // ... of which added to bg_mark_ns_
  auto flush = [&] {
    m.dispose();  // grey objects it holds go back to the shared queue, for the others
    add_marker_counts(m, &flushed);
    bg_mark_ns_.fetch_add(self_ns - self_flushed, std::memory_order_relaxed);
    self_flushed = self_ns;
  };
  bool done = false;
  bool stopped_in_wait = false;  // it stays counted in workers_waiting_ until it exits
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(worker_mu_);
      if (worker_stop_) break;
    }
    if (mode == MarkWorkerMode::kFractional && share > 0) {
      // Ahead of its share (with Go's 20% slack): wait until the share catches up.
      const int64_t now = os::nanotime();
      const auto per_p = static_cast<int64_t>(static_cast<double>(self_ns) / procs);
      if (pacer_.fractional_worker_should_exit(per_p, now)) {
        flush();
        const int64_t due = mark_start + static_cast<int64_t>(static_cast<double>(self_ns) / share);
        if (!mark_worker_wait(std::clamp<int64_t>(due - now, 100'000, 10'000'000), false)) {
          stopped_in_wait = true;
          break;
        }
        continue;
      }
    }
    const int64_t s0 = os::nanotime();
    uint64_t work = m.drain_bounded(slice);
    if (work == 0) {
      flush_barrier_work();
      work = m.drain_bounded(kSlice);
    }
    self_ns += os::nanotime() - s0;
    if (work != 0) {
      add_marker_counts(m, &flushed);  // credit against the assists' debt (Go: bgScanCredit)
      since_point += work;
      if (sampled && since_point >= point_every) {
        since_point = 0;
        sampler_.mark_point(since_start_ns(), scan_work_.load(std::memory_order_relaxed));
      }
      continue;
    }
    if (queue_.has_full()) continue;
    // No work in sight: idle. If every worker is idle at once, marking is done.
    flush();
    {
      std::lock_guard<std::mutex> lock(worker_mu_);
      if (!mark_done_.load(std::memory_order_relaxed) && workers_idle_ + 1 == workers_running_ &&
          !queue_.has_full()) {
        done = true;
        mark_done_.store(true, std::memory_order_release);
      }
    }
    if (done) break;
    if (!mark_worker_wait(1'000'000, true)) {  // others still hold work: look again soon
      stopped_in_wait = true;
      break;
    }
  }
  if (done) {
    // Ask for mark termination until it comes (it stops the workers).
    do world_.request_safe_points();
    while (mark_worker_wait(1'000'000, true));
    stopped_in_wait = true;
  } else if (!stopped_in_wait) {
    flush();  // stopped while marking: mark termination waits for this
  }
  pacer_.mark_worker_stop(mode, self_ns);
  std::lock_guard<std::mutex> lock(worker_mu_);
  workers_running_--;
  if (stopped_in_wait) workers_waiting_--;
  worker_cv_.notify_all();
}

bool Collector::mark_worker_wait(int64_t ns, bool idle) {
  std::unique_lock<std::mutex> lock(worker_mu_);
  workers_waiting_++;
  if (idle) workers_idle_++;
  worker_cv_.notify_all();  // mark termination may be waiting for this worker
  const bool stop = worker_cv_.wait_for(lock, std::chrono::nanoseconds(ns), [this] { return worker_stop_; });
  if (idle) workers_idle_--;
  if (!stop) workers_waiting_--;  // else it stays counted until it has exited
  return !stop;
}

// Mark termination (world stopped): stops the workers. It waits only for those that
// are marking; a waiting one has nothing left to add and exits on its own.
void Collector::stop_mark_worker() {
  std::unique_lock<std::mutex> lock(worker_mu_);
  worker_stop_ = true;
  worker_cv_.notify_all();
  worker_cv_.wait(lock, [this] { return workers_running_ == workers_waiting_; });
}

Collector::Result Collector::finish_mark() {
  if (!in_cycle_.load(std::memory_order_acquire) || phase() != GcPhase::Mark) return Result::NotNeeded;
  std::unique_lock<std::mutex> cycle(cycle_mu_, std::try_to_lock);
  if (!cycle.owns_lock()) return Result::Busy;  // another goroutine is terminating it
  if (phase() != GcPhase::Mark) return Result::NotNeeded;
  const int64_t t2 = os::nanotime();
  if (!world_.stop_the_world()) return Result::Busy;
  mark_termination(t2);
  return Result::Done;
}

// cycle_mu_ held, world stopped. Ends the cycle and restarts the world.
void Collector::mark_termination(int64_t t2) {
  // 3. Mark termination.
  phase_.store(GcPhase::MarkTermination, std::memory_order_relaxed);
  stop_mark_worker();
  sampler_.term_start(since_start_ns(), scan_work_.load(std::memory_order_relaxed));
  {
    // What the barrier and assists left grey: nothing runs now, so this is the end.
    Marker m(heap_, queue_);
    flush_barrier_work();
    m.drain();
    // Finalizers set while marking: their objects' contents are greyed now.
    roots_.mark_specials(m);
    m.drain();
    add_marker_counts(m);
  }
  // Unreachable objects with finalizers: queued, and kept (marked) for this cycle.
  uint64_t resurrected = 0;
  roots_.queue_finalizers(
      [this](const void* p) {
        mem::ObjectRef obj;
        if (!heap_.find_object(reinterpret_cast<uintptr_t>(p), &obj)) return true;
        return obj.span->is_marked(obj.index);
      },
      [this, &resurrected](const void* p) {
        mem::ObjectRef obj;
        if (heap_.find_object(reinterpret_cast<uintptr_t>(p), &obj) && obj.span->try_mark(obj.index))
          resurrected += obj.size;
      });
  mem::write_barrier_register(this, false);
  mark_done_.store(false, std::memory_order_relaxed);
  roots_.after_mark([this](const void* p) {
    mem::ObjectRef obj;
    if (!heap_.find_object(reinterpret_cast<uintptr_t>(p), &obj)) return true;  // not heap: keep
    return obj.span->is_marked(obj.index);
  });
  sampler_.term_end(since_start_ns(), scan_work_.load(std::memory_order_relaxed));
  const uint64_t heap_end = heap_.heap_live();
  heap_.flush_mcaches_for_gc();
  const uint64_t black = heap_.allocated_black_bytes();
  heap_.set_gc_marking(false);
  uint64_t barrier_bytes, barrier_objects;
  {
    std::lock_guard<std::mutex> lock(barrier_mu_);
    barrier_bytes = barrier_marked_bytes_;
    barrier_objects = barrier_objects_;
  }
  // Marked heap: what the markers and the barrier marked, plus what was born black.
  const uint64_t marked = marked_bytes_.load() + barrier_bytes + black + resurrected;
  const CycleState& c = cycle_;
  const int procs = c.procs;
  heap_.set_heap_marked(marked);
  scavenge_for_limit();
  mem::MemStatsSnapshot ms = heap_.mem_stats();
  gc::MemoryStats mstats;
  mstats.mapped_ready = ms.sys - ms.heap_released + c.sizes.stack_bytes;
  mstats.heap_free = ms.heap_idle - ms.heap_released;
  mstats.heap_alloc = marked;
  pacer_.set_memory_stats(mstats);
  // Go's order at mark termination: the pacer learns from the cycle (endCycle, with
  // heapLive as marking left it), then heapLive resets to the marked bytes and the
  // next goal and trigger are computed (commit).
  pacer_.add_scan_work(static_cast<int64_t>(scan_work_.load()), static_cast<int64_t>(c.sizes.stack_bytes),
                       static_cast<int64_t>(c.sizes.globals_bytes));
  pacer_.set_heap_live(heap_end);
  pacer_.end_cycle(os::nanotime(), procs);
  pacer_.reset_live(marked);
  pacer_.commit(marked, c.sizes.stack_bytes, c.sizes.globals_bytes, /*is_sweep_done=*/false);
  heap_.start_sweep_cycle();
  update_trigger();
  phase_.store(GcPhase::Off, std::memory_order_relaxed);
  const int64_t t3 = os::nanotime();
  last_gc_mono_.store(t3, std::memory_order_relaxed);
  in_cycle_.store(false, std::memory_order_release);
  world_.start_the_world();

  // Accounting (Go: gcMarkTermination's memstats updates and the gctrace line).
  const int64_t sweep_term = c.t1 - c.t0;
  const int64_t mark = t2 - c.t1;
  const int64_t mark_term = t3 - t2;
  // Pauses: phase 1 and phase 3 (with gcstoptheworld, the whole cycle is one pause).
  const int64_t pause = c.concurrent ? sweep_term + mark_term : t3 - c.t0;
  const int64_t background = c.concurrent ? bg_mark_ns_.load() : mark;
  const int64_t assist_ns = assist_ns_.load();
  gc_cpu_ns_.fetch_add(pause * procs + (c.concurrent ? background + assist_ns : 0), std::memory_order_relaxed);
  const int64_t now_unix = unix_now_ns();
  GcCycleRecord rec;
  rec.num = c.num;
  rec.forced = c.forced;
  rec.start_ns = c.t0 - start_mono_ns_;
  rec.end_ns = t3 - start_mono_ns_;
  rec.sweep_term_ns = sweep_term;
  rec.mark_ns = mark;
  rec.mark_term_ns = mark_term;
  rec.concurrent = c.concurrent;
  rec.assist_ns = assist_ns;
  rec.background_ns = background;
  rec.heap_start = c.heap_start;
  rec.heap_marked = marked;
  rec.objects_marked = objects_marked_.load() + barrier_objects;
  rec.goal = c.goal;
  rec.next_goal = pacer_.heap_goal();
  rec.next_trigger = pacer_.trigger();
  rec.stack_bytes = c.sizes.stack_bytes;
  rec.globals_bytes = c.sizes.globals_bytes;
  rec.bytes_scanned = scan_work_.load() + root_bytes_.load();
  std::string line;
  {
    std::lock_guard<std::mutex> lock(stats_mu_);
    num_gc_ = c.num;
    if (c.forced) num_forced_++;
    pause_ns_[(c.num - 1) % 256] = static_cast<uint64_t>(pause);
    pause_end_[(c.num - 1) % 256] = static_cast<uint64_t>(now_unix);
    pause_total_ns_ += static_cast<uint64_t>(pause);
    last_gc_unix_ns_ = static_cast<uint64_t>(now_unix);
    frees_at_cycle_start_ = ms.frees;
    cycles_.push_back(rec);
    if (cycles_.size() > kMaxCycles) cycles_.pop_front();
    samples_.push_back(HeapSample{rec.start_ns, c.heap_start, c.goal, rec.next_trigger});
    samples_.push_back(HeapSample{rec.end_ns, marked, rec.next_goal, rec.next_trigger});
    while (samples_.size() > kMaxSamples) samples_.pop_front();
    if (env_.gctrace > 0) {
      GcCycleTrace t;
      t.num = c.num;
      t.start_ns_since_init = rec.start_ns;
      const int64_t elapsed = t3 - start_mono_ns_;
      t.cpu_util_percent =
          elapsed > 0 ? 100.0 * static_cast<double>(gc_cpu_ns_.load()) / (static_cast<double>(elapsed) * procs) : 0;
      t.clock_sweep_term_ns = rec.sweep_term_ns;
      t.clock_mark_ns = rec.mark_ns;
      t.clock_mark_term_ns = rec.mark_term_ns;
      t.cpu_sweep_term_ns = rec.sweep_term_ns * procs;
      t.cpu_assist_ns = c.concurrent ? assist_ns : 0;
      t.cpu_background_ns = background;
      t.cpu_idle_ns = 0;
      t.cpu_mark_term_ns = rec.mark_term_ns * procs;
      t.heap_start_bytes = c.heap_start;
      t.heap_end_bytes = heap_end;
      t.heap_marked_bytes = marked;
      t.heap_goal_bytes = c.goal;
      t.stacks_bytes = c.sizes.stack_bytes;
      t.globals_bytes = c.sizes.globals_bytes;
      t.nprocs = procs;
      t.forced = c.forced;
      line = format_gctrace(t);
      trace_lines_.push_back(line);
      if (trace_lines_.size() > kMaxTraceLines) trace_lines_.pop_front();
    }
  }
  if (!line.empty() && trace_out_) trace_out_(line);
  start_background_sweep();
}

void Collector::finish_sweep_accounting() {
  if (!heap_.sweep_done()) return;
  mem::MemStatsSnapshot ms = heap_.mem_stats();
  std::lock_guard<std::mutex> lock(stats_mu_);
  if (!cycles_.empty() && cycles_.back().objects_freed == 0)
    cycles_.back().objects_freed = ms.frees - frees_at_cycle_start_;
}

void Collector::start_background_sweep() {
  {
    std::lock_guard<std::mutex> lock(sweeper_mu_);
    if (sweeper_running_ || stopping_) return;
    sweeper_running_ = true;
  }
  if (!world_.spawn(&Collector::bg_sweep_entry, this)) {
    // No thread free: allocation sweeps lazily, and the next cycle finishes it.
    std::lock_guard<std::mutex> lock(sweeper_mu_);
    sweeper_running_ = false;
    sweeper_cv_.notify_all();
  }
}

void Collector::bg_sweep_entry(void* self) { static_cast<Collector*>(self)->bg_sweep(); }

// Go: bgsweep — sweeps span after span until none is left (Go yields between spans;
// this thread holds no P, so it competes only for the CPU).
void Collector::bg_sweep() {
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(sweeper_mu_);
      if (stopping_) break;
    }
    if (!heap_.sweep_one()) break;
  }
  finish_sweep_accounting();
  std::lock_guard<std::mutex> lock(sweeper_mu_);
  sweeper_running_ = false;
  sweeper_cv_.notify_all();
}

int32_t Collector::set_gc_percent(int32_t pct) {
  std::lock_guard<std::mutex> cycle(cycle_mu_);
  int32_t old = pacer_.set_gc_percent(pct);
  update_trigger();
  return old;
}

int64_t Collector::set_memory_limit(int64_t bytes) {
  int64_t old;
  {
    std::lock_guard<std::mutex> cycle(cycle_mu_);
    old = pacer_.set_memory_limit(bytes);
  }
  scavenge_for_limit();
  const mem::MemStatsSnapshot ms = heap_.mem_stats();
  gc::MemoryStats mstats;
  mstats.mapped_ready = ms.sys - ms.heap_released;
  mstats.heap_free = ms.heap_idle - ms.heap_released;
  mstats.heap_alloc = ms.heap_alloc;
  std::lock_guard<std::mutex> cycle(cycle_mu_);
  pacer_.set_memory_stats(mstats);
  update_trigger();
  return old;
}

// Go's scavenger keeps the heap's retained memory (mapped and not released) under 95%
// of the memory limit (gcPaceScavenger's memory-limit goal), so free pages left by a
// bigger heap do not count against the limit and squeeze the heap goal down to the
// live heap. Go does it gradually on a background goroutine; here it happens at once,
// when the limit is set and after each cycle.
void Collector::scavenge_for_limit() {
  const int64_t limit = pacer_.memory_limit();
  if (limit <= 0 || limit == INT64_MAX) return;
  const mem::MemStatsSnapshot ms = heap_.mem_stats();
  const uint64_t retained = ms.heap_sys - ms.heap_released;
  const uint64_t goal = static_cast<uint64_t>(static_cast<double>(limit) * 0.95);
  if (retained <= goal) return;
  heap_.scavenge(retained - goal);
}

void Collector::free_os_memory() {
  if (collect_forced() != Result::Done) return;
  heap_.free_os_memory();
}

void Collector::sample_heap() {
  std::unique_lock<std::mutex> lock(stats_mu_, std::try_to_lock);
  if (!lock.owns_lock()) return;
  int64_t now = since_start_ns();
  if (!samples_.empty() && now - samples_.back().t_ns < 20'000'000) return;
  samples_.push_back(HeapSample{now, heap_.heap_live(), goal_.load(std::memory_order_relaxed), trigger_.load(std::memory_order_relaxed)});
  while (samples_.size() > kMaxSamples) samples_.pop_front();
}

bool Collector::snapshot(GcSnapshot* out) {
  // While a sampled cycle marks, the snapshot counts the colours now (a point, or the
  // live counts once the cycle's points are used up); never under stats_mu_.
  if (phase() == GcPhase::Mark && sampler_.active())
    sampler_.mark_point(since_start_ns(), scan_work_.load(std::memory_order_relaxed));
  std::unique_lock<std::mutex> lock(stats_mu_, std::try_to_lock);
  if (!lock.owns_lock()) return false;
  GcSnapshot& s = *out;
  sampler_.copy_view(&s.tricolour);
  s.phase = phase();
  s.heap_live = heap_.heap_live();
  s.trigger = trigger_.load(std::memory_order_relaxed);
  s.heap_goal = goal_.load(std::memory_order_relaxed);
  s.gogc = gogc_.load(std::memory_order_relaxed);
  s.memory_limit = memory_limit_.load(std::memory_order_relaxed);
  s.heap_marked = heap_marked_.load(std::memory_order_relaxed);
  s.sweep_done = heap_.sweep_done();
  s.num_gc = num_gc_;
  s.num_forced_gc = num_forced_;
  s.pause_total_ns = pause_total_ns_;
  std::copy(std::begin(pause_ns_), std::end(pause_ns_), s.pause_ns);
  std::copy(std::begin(pause_end_), std::end(pause_end_), s.pause_end);
  s.last_gc_unix_ns = last_gc_unix_ns_;
  const int64_t elapsed = since_start_ns();
  const int procs = procs_.load(std::memory_order_relaxed);
  s.gc_cpu_fraction =
      elapsed > 0 && procs > 0 ? static_cast<double>(gc_cpu_ns_.load()) / (static_cast<double>(elapsed) * procs) : 0;
  s.cycles.assign(cycles_.begin(), cycles_.end());
  s.samples.assign(samples_.begin(), samples_.end());
  s.trace_lines.assign(trace_lines_.begin(), trace_lines_.end());
  return true;
}

}  // namespace gs::gc
