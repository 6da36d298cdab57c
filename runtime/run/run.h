// run.h — one run of one Go program: what the UI's Run button, the CLI's
// `gopherscope run` and the tests all call (DESIGN seam 9: runs are isolated).
//
// Invariant: start() and stop() never block the caller; a run owns everything it
// creates, and a new run starts clean. Today only the parser exists: a program with
// syntax errors gets Go's errors (as `go run` prints them, exit status 1); a program
// that parses ends at once with an honest "the Go VM is not built yet" on stderr and
// exit status 1 — nothing here pretends to execute Go. Parsing is synchronous for now
// (milliseconds); compile+run move to the run's own thread with the VM.
#pragma once
#include <atomic>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "run/output.h"

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

class Run {
 public:
  Run() = default;
  void start(const Program& p);
  void stop();  // a Stop click: ends the run; exit status as Go's on SIGINT is not modelled yet

  RunState state() const { return static_cast<RunState>(state_.load(std::memory_order_acquire)); }
  int exit_code() const { return exit_code_.load(std::memory_order_acquire); }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  OutputPipe& output() { return out_; }

 private:
  void finish(int code);
  OutputPipe out_;
  std::vector<Diagnostic> diagnostics_;
  std::atomic<int> state_{static_cast<int>(RunState::Idle)};
  std::atomic<int> exit_code_{0};
};

// The text a run prints, for a program that parses, while the VM is missing.
extern const char* const kVmNotBuiltMessage;

}  // namespace gs::run
