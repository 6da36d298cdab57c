// mgc.cpp — the cycle driver (Go: runtime/mgc.go's gcStart, gcMarkDone,
// gcMarkTermination, gcSweep, bgsweep and runtime.GC). See mgc.h.
#include "gc/mgc.h"

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
}

Collector::~Collector() { stop_background(); }

void Collector::stop_background() {
  std::unique_lock<std::mutex> lock(sweeper_mu_);
  stopping_ = true;
  sweeper_cv_.wait(lock, [this] { return !sweeper_running_; });
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
  if (!wanted()) return Result::NotNeeded;
  return run_cycle(false);
}

Collector::Result Collector::collect_forced() {
  Result r = run_cycle(true);
  if (r != Result::Done) return r;
  // Go's runtime.GC: the caller sweeps too, and returns only once every span of the
  // cycle it started is swept (so MemStats show the cycle's effect).
  while (heap_.sweep_one()) {
  }
  heap_.finish_sweep();
  finish_sweep_accounting();
  return Result::Done;
}

Collector::Result Collector::run_cycle(bool forced) {
  std::unique_lock<std::mutex> cycle(cycle_mu_, std::try_to_lock);
  if (!cycle.owns_lock()) return Result::Busy;
  const int64_t t0 = os::nanotime();
  if (!world_.stop_the_world()) return Result::Busy;
  if (!forced && heap_.heap_live() < trigger_.load(std::memory_order_relaxed)) {
    // Another goroutine's cycle finished between our check and the stop.
    world_.start_the_world();
    return Result::NotNeeded;
  }
  const int procs = world_.gomaxprocs();
  procs_.store(procs, std::memory_order_relaxed);

  // 1. Sweep termination: the previous cycle's sweeping completes.
  phase_.store(GcPhase::SweepTermination, std::memory_order_relaxed);
  heap_.finish_sweep();
  finish_sweep_accounting();
  const uint64_t heap_start = heap_.heap_live();
  const uint64_t goal = pacer_.heap_goal();
  pacer_.start_cycle(t0, procs, heap_start, forced);
  uint32_t num;
  {
    std::lock_guard<std::mutex> lock(stats_mu_);
    num = num_gc_ + 1;
  }
  const int64_t t1 = os::nanotime();

  // 2. Mark, with the world stopped (see mgc.h: not concurrent yet).
  phase_.store(GcPhase::Mark, std::memory_order_relaxed);
  heap_.set_gc_marking(true);
  Marker marker(heap_, queue_);
  RootSizes sizes = roots_.mark_roots(marker);
  marker.drain();
  const int64_t t2 = os::nanotime();

  // 3. Mark termination.
  phase_.store(GcPhase::MarkTermination, std::memory_order_relaxed);
  roots_.after_mark([this](const void* p) {
    mem::ObjectRef obj;
    if (!heap_.find_object(reinterpret_cast<uintptr_t>(p), &obj)) return true;  // not heap: keep
    return obj.span->is_marked(obj.index);
  });
  const uint64_t heap_end = heap_.heap_live();
  heap_.flush_mcaches_for_gc();
  heap_.set_gc_marking(false);
  const uint64_t marked = marker.bytes_marked();
  heap_.set_heap_marked(marked);
  mem::MemStatsSnapshot ms = heap_.mem_stats();
  gc::MemoryStats mstats;
  mstats.mapped_ready = ms.sys - ms.heap_released + sizes.stack_bytes;
  mstats.heap_free = ms.heap_idle - ms.heap_released;
  mstats.heap_alloc = marked;
  pacer_.set_memory_stats(mstats);
  // Go's order at mark termination: the pacer learns from the cycle (endCycle, with
  // heapLive as marking left it), then heapLive resets to the marked bytes and the
  // next goal and trigger are computed (commit).
  pacer_.add_scan_work(static_cast<int64_t>(marker.bytes_scanned()), static_cast<int64_t>(sizes.stack_bytes),
                       static_cast<int64_t>(sizes.globals_bytes));
  pacer_.set_heap_live(heap_end);
  pacer_.end_cycle(os::nanotime(), procs);
  pacer_.reset_live(marked);
  pacer_.commit(marked, sizes.stack_bytes, sizes.globals_bytes, /*is_sweep_done=*/false);
  heap_.start_sweep_cycle();
  update_trigger();
  phase_.store(GcPhase::Off, std::memory_order_relaxed);
  const int64_t t3 = os::nanotime();
  world_.start_the_world();

  // Accounting (Go: gcMarkTermination's memstats updates and the gctrace line).
  const int64_t pause = t3 - t0;
  gc_cpu_ns_.fetch_add(pause * procs, std::memory_order_relaxed);
  const int64_t now_unix = unix_now_ns();
  GcCycleRecord rec;
  rec.num = num;
  rec.forced = forced;
  rec.start_ns = t0 - start_mono_ns_;
  rec.end_ns = t3 - start_mono_ns_;
  rec.sweep_term_ns = t1 - t0;
  rec.mark_ns = t2 - t1;
  rec.mark_term_ns = t3 - t2;
  rec.heap_start = heap_start;
  rec.heap_marked = marked;
  rec.objects_marked = marker.objects_marked();
  rec.goal = goal;
  rec.next_goal = pacer_.heap_goal();
  rec.next_trigger = pacer_.trigger();
  rec.stack_bytes = sizes.stack_bytes;
  rec.globals_bytes = sizes.globals_bytes;
  rec.bytes_scanned = marker.bytes_scanned() + marker.root_bytes_scanned();
  std::string line;
  {
    std::lock_guard<std::mutex> lock(stats_mu_);
    num_gc_ = num;
    if (forced) num_forced_++;
    pause_ns_[(num - 1) % 256] = static_cast<uint64_t>(pause);
    pause_end_[(num - 1) % 256] = static_cast<uint64_t>(now_unix);
    pause_total_ns_ += static_cast<uint64_t>(pause);
    last_gc_unix_ns_ = static_cast<uint64_t>(now_unix);
    frees_at_cycle_start_ = ms.frees;
    cycles_.push_back(rec);
    if (cycles_.size() > kMaxCycles) cycles_.pop_front();
    samples_.push_back(HeapSample{rec.start_ns, heap_start, goal, rec.next_trigger});
    samples_.push_back(HeapSample{rec.end_ns, marked, rec.next_goal, rec.next_trigger});
    while (samples_.size() > kMaxSamples) samples_.pop_front();
    if (env_.gctrace > 0) {
      GcCycleTrace t;
      t.num = num;
      t.start_ns_since_init = rec.start_ns;
      const int64_t elapsed = t3 - start_mono_ns_;
      t.cpu_util_percent =
          elapsed > 0 ? 100.0 * static_cast<double>(gc_cpu_ns_.load()) / (static_cast<double>(elapsed) * procs) : 0;
      t.clock_sweep_term_ns = rec.sweep_term_ns;
      t.clock_mark_ns = rec.mark_ns;
      t.clock_mark_term_ns = rec.mark_term_ns;
      t.cpu_sweep_term_ns = rec.sweep_term_ns * procs;
      t.cpu_assist_ns = 0;
      t.cpu_background_ns = rec.mark_ns;  // the one thread that marked
      t.cpu_idle_ns = 0;
      t.cpu_mark_term_ns = rec.mark_term_ns * procs;
      t.heap_start_bytes = heap_start;
      t.heap_end_bytes = heap_end;
      t.heap_marked_bytes = marked;
      t.heap_goal_bytes = goal;
      t.stacks_bytes = sizes.stack_bytes;
      t.globals_bytes = sizes.globals_bytes;
      t.nprocs = procs;
      t.forced = forced;
      line = format_gctrace(t);
      trace_lines_.push_back(line);
      if (trace_lines_.size() > kMaxTraceLines) trace_lines_.pop_front();
    }
  }
  if (!line.empty() && trace_out_) trace_out_(line);
  start_background_sweep();
  return Result::Done;
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
  std::lock_guard<std::mutex> cycle(cycle_mu_);
  int64_t old = pacer_.set_memory_limit(bytes);
  update_trigger();
  return old;
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
  std::unique_lock<std::mutex> lock(stats_mu_, std::try_to_lock);
  if (!lock.owns_lock()) return false;
  GcSnapshot& s = *out;
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
