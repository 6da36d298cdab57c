// run.h — one run of one Go program: what the UI's Run button, the CLI's
// `gopherscope run` and the tests all call (DESIGN seam 9: runs are isolated).
//
// Invariant: start() and stop() never block the caller for long; a run owns
// everything it creates (its thread, heap, stacks, module), and a new run starts
// clean (DESIGN.md seam 9). Compile errors are printed as `go run` prints them (exit
// status 1); a program that compiles runs on the run's own thread with its own Heap,
// and its exit status is Go's (2 after a panic or fatal error, os.Exit's code).
#pragma once
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "run/output.h"
#include "sched/control.h"

namespace gs::trace {
struct MemSnapshot;
struct IfaceSnapshot;
}

namespace gs::sched {
class ThreadPool;
struct SchedSnapshot;
}

namespace gs::run {

struct Program {
  std::string filename = "prog.go";
  std::string source;
  std::vector<std::pair<std::string, std::string>> env;  // os.Environ; the runtime reads GOMAXPROCS, GOGC, GODEBUG, ...
  // `gopherscope run -seed N`: deterministic mode (sched::SchedOptions::deterministic) —
  // GOMAXPROCS 1, every random choice from a PRNG seeded with N, counted preemption, and
  // the playground's virtual clock. 0: off.
  uint64_t seed = 0;
  // The playground's cap on heap memory in use; past it the program ends with Go's
  // "fatal error: out of memory" (0: kDefaultHeapLimit).
  uint64_t heap_limit = 0;
  // runtime.MemProfileRate for the run's heap profile (mem/mprof.h): bytes between
  // samples on average, 1 = every allocation, 0 = off; -1: Go's default (512 KiB) for
  // the sampler, while the program's runtime.MemProfileRate reads 0 as in a Go binary
  // that does not use the profile. Set it (the CLI's -memprofile does) to make the
  // program see it.
  int64_t mem_profile_rate = -1;
  // Where the source file is on disk (the CLI), so heap profiles name it as Go names
  // the program's files; empty: they show the /tmp/prog.go tracebacks use.
  std::string source_path;
};

#ifdef __EMSCRIPTEN__
inline constexpr uint64_t kDefaultHeapLimit = uint64_t{1} << 30;  // a browser tab's 32-bit memory
#else
inline constexpr uint64_t kDefaultHeapLimit = uint64_t{4} << 30;
#endif

// A compile error, for the editor's line marker (Go: prog.go:LINE:COL: message).
struct Diagnostic {
  std::string file;
  int line = 0;
  int col = 0;
  std::string message;
};

enum class RunState { Idle, Running, Exited };

namespace detail {
struct Running;
}

class Run {
 public:
  Run();
  ~Run();  // stops the program and joins its thread
  // Where the run's Ms (its first thread included) come from: the app's pool, or the
  // process pool when none is set.
  void set_thread_pool(sched::ThreadPool* pool) { pool_ = pool; }
  void start(const Program& p);
  void stop();  // a Stop click: ends the run; exit status as Go's on SIGINT is not modelled yet

  RunState state() const { return static_cast<RunState>(state_.load(std::memory_order_acquire)); }
  int exit_code() const { return exit_code_.load(std::memory_order_acquire); }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  OutputPipe& output() { return out_; }
  // The run's scheduler as last published (Ps, Ms, Gs, channels); nullptr before the
  // first snapshot or when the publisher holds it this instant. Never blocks.
  std::shared_ptr<const sched::SchedSnapshot> scheduler_snapshot() const;
  // The run's memory: allocator, MemStats, collector history (nullptr: none this instant).
  std::shared_ptr<const trace::MemSnapshot> mem_snapshot() const;
  // The itab cache (the Interfaces view), likewise.
  std::shared_ptr<const trace::IfaceSnapshot> iface_snapshot() const;
  // Live GOGC / GOMEMLIMIT changes from the GC panel (as debug.SetGCPercent /
  // SetMemoryLimit would make them), applied within ~50 ms. INT32_MIN / INT64_MIN: keep.
  void set_gc_knobs(int32_t gogc, int64_t memory_limit);
  // The Scheduler panel's live controls (sched/control.h): GOMAXPROCS, tempo, pause,
  // single-step. They never block; they take effect at the run's next scheduling points.
  void request_gomaxprocs(int n);
  void set_tempo_ms(int ms);
  void set_paused(bool paused);
  void step();  // while paused: one more G runs until it stops (parks, yields, is preempted)
  // The heap profile of the current or last run in pprof's format — gzip'd protobuf, as
  // runtime/pprof.WriteHeapProfile writes it: allocation sites with their sampled
  // allocations and what was in use at the last completed GC (all allocations if no GC
  // ran). Empty when no program ran. Callable while the program runs or after it ended.
  std::string heap_profile_pprof() const;

 private:
  void finish(int code);
  static void run_entry(void* self);
  void wait_done();
  std::unique_ptr<detail::Running> running_;
  sched::LiveControls controls_;  // outlives the run's scheduler
  sched::ThreadPool* pool_ = nullptr;
  std::mutex done_mu_;
  std::condition_variable done_cv_;
  bool thread_running_ = false;
  OutputPipe out_;
  std::vector<Diagnostic> diagnostics_;
  std::atomic<int> state_{static_cast<int>(RunState::Idle)};
  std::atomic<int> exit_code_{0};
};


}  // namespace gs::run
