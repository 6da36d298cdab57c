// run.cpp — see run.h.
#include "run/run.h"

namespace gs::run {

const char* const kVmNotBuiltMessage =
    "gopherscope: the Go VM is not built yet, so %s was not compiled or run.\n";

void Run::start(const Program& p) {
  diagnostics_.clear();
  state_.store(static_cast<int>(RunState::Running), std::memory_order_release);
  std::string msg(kVmNotBuiltMessage);
  msg.replace(msg.find("%s"), 2, p.filename);
  out_.write(Stream::Stderr, msg);
  finish(1);
}

void Run::stop() {
  if (state() == RunState::Running) finish(1);
}

void Run::finish(int code) {
  exit_code_.store(code, std::memory_order_release);
  state_.store(static_cast<int>(RunState::Exited), std::memory_order_release);
}

}  // namespace gs::run
