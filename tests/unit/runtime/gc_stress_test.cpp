// gc_stress_test.cpp — issue 5's GC correctness stress: tests/go/run/gc_stress_graph.go
// (four goroutines mutate pointer graphs held through fields, interfaces, slices,
// closures, maps, channel buffers, frames and stack-only locals, each checked against
// a pointer-free shadow copy) while collections run back to back, with freed memory
// clobbered: 10,000 collections, in the native build. The sanitizer and wasm builds,
// 5-20x slower, skip it unless GS_GC_STRESS_CYCLES is set in the test's environment
// (a long run by hand); they run the same program for 300 collections, twice, in the
// corpus test (vm_corpus_test.cpp).
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "run/run.h"

namespace fs = std::filesystem;

#if defined(__EMSCRIPTEN__) || defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
static constexpr bool kSlowBuild = true;
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
static constexpr bool kSlowBuild = true;
#else
static constexpr bool kSlowBuild = false;
#endif
#else
static constexpr bool kSlowBuild = false;
#endif

static const char* cycles_from_env() {
  const char* c = std::getenv("GS_GC_STRESS_CYCLES");
  return c && *c ? c : nullptr;
}

TEST_CASE("gc stress: pointer graphs mutated by four goroutines stay intact across back-to-back collections" *
          doctest::skip(kSlowBuild && !cycles_from_env())) {
  const fs::path dir = fs::path(GS_GO_TESTS_DIR) / "run";
  std::ifstream src(dir / "gc_stress_graph.go"), want(dir / "gc_stress_graph.out");
  std::stringstream source, want_out;
  source << src.rdbuf();
  want_out << want.rdbuf();
  const std::string cycles = cycles_from_env() ? cycles_from_env() : "10000";

  gs::run::Program p;
  p.source = source.str();
  p.env = {{"GOMAXPROCS", "4"}, {"GODEBUG", "clobberfree=1"}, {"GS_GC_STRESS_CYCLES", cycles}};
  gs::run::Run r;
  const auto t0 = std::chrono::steady_clock::now();
  r.start(p);
  // Up to 30 minutes (a long sanitizer run by hand); then it counts as a hang.
  for (int i = 0; i < 30 * 60 * 10 && r.state() != gs::run::RunState::Exited; i++)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const bool finished = r.state() == gs::run::RunState::Exited;
  if (!finished) r.stop();
  std::vector<gs::run::OutputChunk> chunks;
  r.output().drain(chunks);
  std::string out, err;
  for (auto& c : chunks) (c.stream == gs::run::Stream::Stdout ? out : err) += c.text;
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE(cycles << " collections with clobberfree at GOMAXPROCS=4 took " << secs << " s");
  INFO(err);
  REQUIRE(finished);
  CHECK(r.exit_code() == 0);
  CHECK(out == want_out.str());
}
