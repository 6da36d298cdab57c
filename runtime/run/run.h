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

namespace gs::sched {
class ThreadPool;
struct SchedSnapshot;
}

namespace gs::run {

struct Program {
  std::string filename = "prog.go";
  std::string source;
  std::vector<std::pair<std::string, std::string>> env;  // GOMAXPROCS, GOGC, GODEBUG, ...
};

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

 private:
  void finish(int code);
  static void run_entry(void* self);
  void wait_done();
  std::unique_ptr<detail::Running> running_;
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
