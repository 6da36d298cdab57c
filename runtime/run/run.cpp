// run.cpp — see run.h.
#include "run/run.h"

#include "lang/parser.h"

namespace gs::run {

const char* const kVmNotBuiltMessage =
    "gopherscope: the Go VM is not built yet, so %s was not compiled or run.\n";

namespace {
// How `go run`/`go build` name a file given on the command line in error messages:
// a bare name gets "./", a path is printed as given.
std::string display_name(const std::string& filename) {
  return filename.find('/') == std::string::npos ? "./" + filename : filename;
}
}  // namespace

void Run::start(const Program& p) {
  diagnostics_.clear();
  state_.store(static_cast<int>(RunState::Running), std::memory_order_release);
  // The front end as far as it exists: syntax errors are Go's, word for word.
  lang::ParseResult parsed = lang::parse_file(p.filename, p.source);
  if (!parsed.ok()) {
    for (const auto& d : parsed.errors) diagnostics_.push_back({p.filename, d.line, d.col, d.msg});
    out_.write(Stream::Stderr, "# command-line-arguments\n" +
                                   lang::format_diagnostics(display_name(p.filename), parsed.errors));
    finish(1);
    return;
  }
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
