// gsrun — `gsrun prog.go`: compiles and runs one Go program with the runtime alone (no
// UI), natively or as wasm under node, printing its output and exiting with its
// status. The benchmarks use it to time the wasm build against the native one.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "run/run.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gsrun prog.go\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "gsrun: cannot read %s\n", argv[1]);
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  gs::run::Program p;
  p.source = ss.str();
  // The Go runtime's knobs pass through from the environment, as with `go run`.
  for (const char* k : {"GOMAXPROCS", "GODEBUG", "GOTRACEBACK", "GOGC", "GOMEMLIMIT"})
    if (const char* v = std::getenv(k)) p.env.emplace_back(k, v);
  gs::run::Run r;
  r.start(p);
  std::vector<gs::run::OutputChunk> out;
  for (;;) {
    bool done = r.state() == gs::run::RunState::Exited;
    out.clear();
    r.output().drain(out);
    for (auto& c : out) std::fwrite(c.text.data(), 1, c.text.size(), c.stream == gs::run::Stream::Stdout ? stdout : stderr);
    if (done) break;
    if (out.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::fflush(stdout);
  return r.exit_code();
}
