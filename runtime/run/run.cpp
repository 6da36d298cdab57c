// run.cpp — see run.h. Compiles on the caller's thread (milliseconds), then runs the
// program on its own thread with its own Heap bound, so Stop and a crash of the
// program never touch the caller.
#include "run/run.h"

#include <cstdlib>

#include "lang/compile.h"
#include "mem/malloc.h"
#include "vm/interp.h"

namespace gs::run {

namespace detail {
struct Running {
  std::unique_ptr<vm::Module> module;
  std::unique_ptr<mem::Heap> heap;
  std::unique_ptr<vm::Machine> machine;
};
}  // namespace detail

namespace {
// How `go run`/`go build` name a file given on the command line in error messages:
// a bare name gets "./", a path is printed as given.
std::string display_name(const std::string& filename) {
  return filename.find('/') == std::string::npos ? "./" + filename : filename;
}

std::string env_value(const Program& p, const std::string& key, const char* fallback) {
  for (auto& [k, v] : p.env)
    if (k == key) return v;
  return fallback;
}
}  // namespace

Run::Run() = default;

Run::~Run() {
  if (running_ && running_->machine) running_->machine->request_stop();
  if (thread_.joinable()) thread_.join();
}

void Run::start(const Program& p) {
  diagnostics_.clear();
  state_.store(static_cast<int>(RunState::Running), std::memory_order_release);
  lang::CompileOptions opts;
  opts.filename = p.filename;
  lang::CompileResult cr = lang::compile_program(p.source, opts);
  if (!cr.module) {
    for (const auto& d : cr.errors) diagnostics_.push_back({p.filename, d.line, d.col, d.msg});
    out_.write(Stream::Stderr, "# command-line-arguments\n" +
                                   lang::format_diagnostics(display_name(p.filename), cr.errors));
    finish(1);
    return;
  }
  running_ = std::make_unique<detail::Running>();
  running_->module = std::move(cr.module);
  running_->heap = std::make_unique<mem::Heap>();
  vm::MachineOptions mo;
  mo.gotraceback = env_value(p, "GOTRACEBACK", "single");
  running_->machine = std::make_unique<vm::Machine>(
      *running_->module,
      [this](int fd, std::string_view bytes) {
        out_.write(fd == 1 ? Stream::Stdout : Stream::Stderr, std::string(bytes));
      },
      mo);
  thread_ = std::thread([this] {
    mem::BindHeap bind(running_->heap.get());
    int code = running_->machine->run_main();
    finish(code);
  });
}

void Run::stop() {
  if (state() != RunState::Running) return;
  if (running_ && running_->machine) running_->machine->request_stop();
}

void Run::finish(int code) {
  exit_code_.store(code, std::memory_order_release);
  state_.store(static_cast<int>(RunState::Exited), std::memory_order_release);
}

}  // namespace gs::run
