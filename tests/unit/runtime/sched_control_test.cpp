// The Scheduler panel's live controls (sched/control.h) through run::Run, as the app
// drives them: pause stops every goroutine from running, Step lets exactly one
// scheduling event through, Resume lets the program finish with the same output, and
// a GOMAXPROCS request resizes the Ps of a running program. Events are awaited with a
// generous deadline; nothing is asserted about how long they take.
#include <doctest/doctest.h>

#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "run/run.h"
#include "sched/snapshot.h"

using namespace gs::run;

namespace {

// Waits until pred() holds (polling every millisecond, up to 30 s).
bool eventually(const std::function<bool()>& pred) {
  for (int i = 0; i < 30000; i++) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return pred();
}

std::string drain_stdout(Run& r) {
  std::vector<OutputChunk> chunks;
  r.output().drain(chunks);
  std::string out;
  for (auto& c : chunks)
    if (c.stream == Stream::Stdout) out += c.text;
  return out;
}

// Goroutines that hand a token round a ring, counting laps, while main sleeps for
// 1.5 s (long enough for a test to pause it; a paused run's timers fire, but main
// runs only once it is resumed).
const char* kRing = R"(package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var laps atomic.Int64
	chans := make([]chan int, 4)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := range chans {
		go func(in, out chan int) {
			for v := range in {
				laps.Add(1)
				out <- v + 1
			}
		}(chans[i], chans[(i+1)%len(chans)])
	}
	chans[0] <- 0
	time.Sleep(1500 * time.Millisecond)
	fmt.Println("the ring turned:", laps.Load() > 0)
}
)";

}  // namespace

TEST_CASE("sched controls: pause holds every goroutine, Step runs one event, Resume finishes the program") {
  Run r;
  Program p;
  p.source = kRing;
  p.env = {{"GOMAXPROCS", "2"}};
  r.start(p);
  REQUIRE(r.state() == RunState::Running);
  // Let the ring start turning (a pause at once would hold even main before it runs).
  REQUIRE(eventually([&] {
    auto s = r.scheduler_snapshot();
    return s && s->gs.size() >= 5;
  }));
  r.set_paused(true);
  REQUIRE(eventually([&] {
    auto s = r.scheduler_snapshot();
    return s && s->controls && s->paused;
  }));
  // Once paused and the running Gs have stopped, no G runs: the switch counts freeze.
  auto switches = [&] {
    auto s = r.scheduler_snapshot();
    int64_t n = 0;
    if (s)
      for (const auto& g : s->gs) n += g.switches;
    return n;
  };
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  int64_t frozen = 0;
  REQUIRE(eventually([&] {
    int64_t a = switches();
    std::this_thread::sleep_for(std::chrono::milliseconds(120));
    frozen = switches();
    return a == frozen && frozen != 0;
  }));
  CHECK(r.state() == RunState::Running);
  // Three steps: exactly three more G executions start, then it holds again.
  int64_t steps_before = r.scheduler_snapshot()->steps_taken;
  for (int i = 0; i < 3; i++) r.step();
  REQUIRE(eventually([&] { return r.scheduler_snapshot()->steps_taken == steps_before + 3; }));
  REQUIRE(eventually([&] { return switches() >= frozen + 3; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(150));
  CHECK(r.scheduler_snapshot()->steps_taken == steps_before + 3);
  CHECK(r.state() == RunState::Running);
  r.set_paused(false);
  REQUIRE(eventually([&] { return r.state() == RunState::Exited; }));
  CHECK(r.exit_code() == 0);
  CHECK(drain_stdout(r) == "the ring turned: true\n");
}

TEST_CASE("sched controls: GOMAXPROCS changes live and a tempo only slows the program down") {
  Run r;
  Program p;
  p.source = kRing;
  p.env = {{"GOMAXPROCS", "1"}};
  r.start(p);
  REQUIRE(eventually([&] {
    auto s = r.scheduler_snapshot();
    return s && s->gs.size() >= 5;
  }));
  r.set_paused(true);  // (requests are served while paused too; it holds the program meanwhile)
  r.request_gomaxprocs(3);
  REQUIRE(eventually([&] {
    auto s = r.scheduler_snapshot();
    return s && s->gomaxprocs == 3 && s->ps.size() == 3;
  }));
  r.request_gomaxprocs(2);
  REQUIRE(eventually([&] {
    auto s = r.scheduler_snapshot();
    return s && s->gomaxprocs == 2 && s->ps.size() == 2;
  }));
  r.set_tempo_ms(1);
  REQUIRE(eventually([&] {
    auto s = r.scheduler_snapshot();
    return s && s->tempo_ms == 1;
  }));
  r.set_tempo_ms(0);
  r.set_paused(false);
  REQUIRE(eventually([&] { return r.state() == RunState::Exited; }));
  CHECK(r.exit_code() == 0);
  CHECK(drain_stdout(r) == "the ring turned: true\n");
}

TEST_CASE("sched controls: a seeded run keeps its one P; Stop ends a paused program") {
  Run r;
  Program p;
  p.source = kRing;
  p.seed = 7;
  r.start(p);
  r.request_gomaxprocs(4);
  r.set_paused(true);
  REQUIRE(eventually([&] {
    auto s = r.scheduler_snapshot();
    return s && s->paused;
  }));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(r.scheduler_snapshot()->gomaxprocs == 1);
  CHECK(r.scheduler_snapshot()->deterministic);
  r.stop();
  CHECK(eventually([&] { return r.state() == RunState::Exited; }));
}
