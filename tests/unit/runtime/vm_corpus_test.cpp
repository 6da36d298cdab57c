// Runs the Go corpus programs the VM passes (tests/go/run minus PENDING) inside the
// test binary, so the sanitizer builds (ThreadSanitizer, ASan+UBSan) execute the
// compiler and the VM over real programs. Same comparison as tests/go/run_corpus.sh:
// stdout byte for byte, exit status, stderr's first line (addresses read as 0x?).
// A second pass runs them all again with a collection at nearly every allocation
// (GOGC=1) and freed objects overwritten (GODEBUG=clobberfree=1): a pointer the
// collector failed to find as a root then shows up as wrong output or a crash.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "run/run.h"

namespace fs = std::filesystem;
using namespace gs::run;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }
}  // namespace


// Each goroutine waiting inside a host call (a String method called by fmt) keeps its
// M, and the browser's threads are a fixed pool of Web Workers: four such waits at
// GOMAXPROCS=4 can leave no M to run the goroutine they wait for (Go would start more
// threads). The native and sanitizer builds run it.
#ifdef __EMSCRIPTEN__
static const std::set<std::string> kNotInWasm = {"sched_block_in_string_contended"};
#else
static const std::set<std::string> kNotInWasm = {};
#endif

static void run_corpus(const std::vector<std::pair<std::string, std::string>>& env,
                       const std::set<std::string>& skip = {}) {
  fs::path dir = fs::path(GS_GO_TESTS_DIR) / "run";
  std::set<std::string> pending;
  {
    std::ifstream in(dir / "PENDING");
    std::string line;
    while (std::getline(in, line))
      if (!line.empty() && line[0] != '#') pending.insert(line.substr(0, line.find(' ')));
  }
  std::vector<fs::path> programs;
  for (auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".go" && !pending.count(e.path().stem().string()) &&
        !skip.count(e.path().stem().string()) && !kNotInWasm.count(e.path().stem().string()))
      programs.push_back(e.path());
  std::sort(programs.begin(), programs.end());
  REQUIRE(programs.size() >= 100);
  const std::regex hex("0x[0-9a-f]+");
  for (auto& prog : programs) {
    std::string name = prog.stem().string();
    std::string want_out = slurp(dir / (name + ".out"));
    int want_code = 0;
    std::string want_err;
    if (fs::exists(dir / (name + ".err"))) {
      std::string e = slurp(dir / (name + ".err"));
      want_code = std::stoi(first_line(e).substr(5));
      want_err = first_line(e.substr(e.find('\n') + 1));
    }
    Run r;
    Program p;
    p.source = slurp(prog);
    p.env = env;
    r.start(p);
    for (int i = 0; i < 60000 && r.state() != RunState::Exited; i++) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (r.state() != RunState::Exited) r.stop();
    std::vector<OutputChunk> chunks;
    r.output().drain(chunks);
    std::string out, err;
    for (auto& c : chunks) (c.stream == Stream::Stdout ? out : err) += c.text;
    INFO(name);
    CHECK(r.exit_code() == want_code);
    CHECK(std::regex_replace(first_line(err), hex, "0x?") == want_err);
    CHECK(out == want_out);
  }
}

TEST_CASE("the VM runs the corpus programs it supports exactly as real Go does") { run_corpus({}); }

TEST_CASE("the corpus programs give the same output when the GC runs constantly and clobbers what it frees") {
  // gc_setgcpercent prints the GOGC it replaces, so it depends on the setting itself.
  run_corpus({{"GOGC", "1"}, {"GODEBUG", "clobberfree=1"}}, {"gc_setgcpercent"});
}
