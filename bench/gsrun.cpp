// gsrun — `gsrun prog.go`: compiles and runs one Go program with the runtime alone (no
// UI), natively or as wasm under node, printing its output and exiting with its
// status. The benchmarks use it to time the wasm build against the native one.
// `gsrun -memprofile FILE prog.go` also writes the run's heap profile (pprof format) at exit.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include <unistd.h>  // environ

#include "mem/mprof.h"
#include "run/run.h"

int main(int argc, char** argv) {
  std::string memprofile;
  int argi = 1;
  if (argc >= 4 && std::string(argv[1]) == "-memprofile") {
    memprofile = argv[2];
    argi = 3;
  }
  if (argc != argi + 1) {
    std::fprintf(stderr, "usage: gsrun [-memprofile FILE] prog.go\n");
    return 2;
  }
  std::ifstream in(argv[argi], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "gsrun: cannot read %s\n", argv[argi]);
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  gs::run::Program p;
  if (!memprofile.empty()) p.mem_profile_rate = gs::mem::kDefaultMemProfileRate;  // the program sees the rate
  p.source = ss.str();
  p.source_path = argv[argi];  // heap profiles name the file
  // The program gets this process's environment, as with `go run` (the runtime reads
  // GOMAXPROCS, GODEBUG, GOTRACEBACK, GOGC and GOMEMLIMIT from it; os.Getenv the rest).
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (eq && eq != *e) p.env.emplace_back(std::string(*e, static_cast<size_t>(eq - *e)), std::string(eq + 1));
  }
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
  if (!memprofile.empty()) {
    std::string prof = r.heap_profile_pprof();
    std::ofstream pf(memprofile, std::ios::binary | std::ios::trunc);
    if (!pf || prof.empty() || !pf.write(prof.data(), static_cast<std::streamsize>(prof.size()))) {
      std::fprintf(stderr, "gsrun: cannot write heap profile %s\n", memprofile.c_str());
      return 1;
    }
  }
  return r.exit_code();
}
