// sched_events_test.cpp — scheduling events asserted one by one (issue 4's deterministic
// tests): global-queue fairness (the 61st schedtick), stealing half of a victim's queue,
// preemption of a tight loop (and its absence with GODEBUG=asyncpreemptoff=1), stack
// growth by doubling and shrinking by halving at each GC, and select's uniform choice
// among ready cases.
//
// Invariant: every assertion is about events and counts the runtime itself exposes (a
// P's schedtick and run queue indices, a P's steal counter, a G's stack size and growth
// count in the final SchedSnapshot, a program's output under a seed), never about
// wall-clock time; where a choice is random the bound is loose enough never to fail by
// chance (p < 1e-9) and tight enough to catch a biased implementation. Scheduling
// scripts use a fake Executor (as sched_test.cpp does); Go programs run through run::Run.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "run/run.h"
#include "sched/proc.h"
#include "sched/sema.h"
#include "sched/snapshot.h"

// Scripted fake-executor runs do not finish under Emscripten (see sched_test.cpp): skip
// those there; the Go-program tests run everywhere.
#ifdef __EMSCRIPTEN__
#define GS_NATIVE_SCHED_TEST * doctest::skip(true)
#else
#define GS_NATIVE_SCHED_TEST
#endif

using namespace gs::sched;

namespace {

// ---- scripted goroutines (the fake Executor) ---------------------------------------

struct ScriptG : G {
  std::string name;
  int state = 0;
  std::function<Stopped(ScriptG&)> step;
};

class FakeExecutor : public Executor {
 public:
  Stopped execute(G* gp) override {
    auto* g = static_cast<ScriptG*>(gp);
    return g->step(*g);
  }
  // Gs stay allocated until the executor goes (sysmon may still touch a G it saw).
  void free_g(G* gp) override {
    std::lock_guard<std::mutex> lock(mu);
    dead.emplace_back(static_cast<ScriptG*>(gp));
  }
  void fatal(const std::string& msg) override {
    std::lock_guard<std::mutex> lock(mu);
    fatals.push_back(msg);
  }
  void write_stderr(const std::string&) override {}
  std::string describe_site(const void*, uint32_t) override { return ""; }
  std::string describe_value(const gs::types::Type*, const void*) override { return ""; }
  std::string type_name(const gs::types::Type*) override { return ""; }

  std::mutex mu;
  std::vector<std::string> fatals;
  std::vector<std::unique_ptr<ScriptG>> dead;
};

ScriptG* make_g(Scheduler& s, std::string name, std::function<Stopped(ScriptG&)> step) {
  auto* g = new ScriptG();
  g->goid = s.next_goid();
  g->name = std::move(name);
  g->step = std::move(step);
  return g;
}

void go(std::string name, std::function<Stopped(ScriptG&)> step) {
  Scheduler* s = Scheduler::current();
  if (!s) std::abort();
  s->newproc(make_g(*s, std::move(name), std::move(step)));
}

bool acquire_or_park(ScriptG& g, uint32_t* addr) {
  Scheduler* s = Scheduler::current();
  void* lock = nullptr;
  if (s->sema().semacquire(addr, &g, false, &lock)) return true;
  s->prepare_park(&g, WaitReason::Semacquire, sema_park_commit, lock);
  return false;
}

void release(uint32_t* addr) { Scheduler::current()->sema().semrelease(addr, false); }

uint32_t local_len(const P* pp) {
  return pp->runqtail.load(std::memory_order_acquire) - pp->runqhead.load(std::memory_order_acquire);
}

// ---- Go programs through run::Run -----------------------------------------------------

struct Result {
  int code = -1;
  std::string out, err;
  std::shared_ptr<const SchedSnapshot> snap;  // the one published when the program ended
};

Result run_program(const std::string& source, uint64_t seed,
                   std::vector<std::pair<std::string, std::string>> env = {}) {
  gs::run::Run r;
  gs::run::Program p;
  p.source = source;
  p.seed = seed;
  p.env = std::move(env);
  r.start(p);
  for (int i = 0; i < 120000 && r.state() != gs::run::RunState::Exited; i++)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  if (r.state() != gs::run::RunState::Exited) r.stop();
  Result res;
  std::vector<gs::run::OutputChunk> chunks;
  r.output().drain(chunks);
  for (auto& c : chunks) (c.stream == gs::run::Stream::Stdout ? res.out : res.err) += c.text;
  res.code = r.exit_code();
  // Nothing publishes after the end, so the slot is free; retry in case a reader held it.
  for (int i = 0; i < 100 && !res.snap; i++) {
    res.snap = r.scheduler_snapshot();
    if (!res.snap) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return res;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
  return s;
}

}  // namespace

// ---- 1. global-queue fairness ---------------------------------------------------------

// One P. A goroutine V yields once (Gosched puts it on the global queue) while a family
// of spinners keeps the local queue from ever running dry: each spinner either spawns
// two more (one to runnext, the displaced one to the local tail) or exits, so a schedtick
// passes every other run and the local queue always holds 3-4 Gs. Without Go's rule
// (schedule takes one G from the global queue when schedtick % 61 == 0) V would never
// run again; with it V runs on the first multiple of 61 after it queued, the local queue
// still full.
TEST_CASE("sched events: the 61st schedtick lets a global-queue G run while the local queue is always refilled" GS_NATIVE_SCHED_TEST) {
  FakeExecutor ex;
  SchedOptions o;
  o.gomaxprocs = 1;
  o.seed = 11;
  Scheduler s(ex, o);
  static uint32_t sem;
  sem = 0;
  static std::atomic<bool> v_ran_again, stop;
  v_ran_again = false;
  stop = false;
  static std::atomic<int> spinner_runs, live_spinners;
  spinner_runs = 0;
  live_spinners = 0;
  static uint32_t tick_queued, tick_ran;
  static uint32_t local_when_ran;
  static int runs_when_queued, runs_when_ran;
  tick_queued = tick_ran = local_when_ran = 0;
  runs_when_queued = runs_when_ran = 0;
  constexpr int kMaxRuns = 20000;  // the test's own bound: far past 61 ticks

  // A spinner: while the test is on, keep the local queue topped up.
  std::function<Stopped(ScriptG&)> spinner;
  spinner = [&](ScriptG&) {
    int runs = spinner_runs.fetch_add(1) + 1;
    P* pp = Scheduler::current()->current_p();
    if (!stop && runs < kMaxRuns && local_len(pp) < 4) {
      live_spinners += 2;
      go("spin", spinner);
      go("spin", spinner);
    }
    if (--live_spinners == 0) release(&sem);
    return Stopped::Exited;
  };
  auto* main_g = make_g(s, "main", [&](ScriptG& g) {
    if (g.state == 0) {
      g.state = 1;
      go("V", [&](ScriptG& self) {
        P* pp = Scheduler::current()->current_p();
        if (self.state++ == 0) {
          tick_queued = pp->schedtick;
          runs_when_queued = spinner_runs.load();
          return Stopped::Yielded;  // to the global queue
        }
        tick_ran = pp->schedtick;
        runs_when_ran = spinner_runs.load();
        local_when_ran = local_len(pp);
        v_ran_again = true;
        stop = true;
        return Stopped::Exited;
      });
      live_spinners = 4;
      for (int i = 0; i < 4; i++) go("spin", spinner);
    }
    if (!acquire_or_park(g, &sem)) return Stopped::Parked;
    return Stopped::ExitProgram;
  });
  s.run(main_g);
  CHECK(ex.fatals.empty());
  REQUIRE(v_ran_again.load());
  INFO("V queued at schedtick " << tick_queued << ", ran at " << tick_ran << " with " << local_when_ran
                                << " Gs in the local queue; spinner runs in between: " << runs_when_ran - runs_when_queued);
  // The spinners never let the local queue run dry...
  CHECK(local_when_ran >= 1);
  CHECK(runs_when_ran < kMaxRuns);
  // ...and V was taken by the fairness check: its run made the schedtick one past a
  // multiple of 61, the first such one after it queued.
  CHECK((tick_ran - 1) % 61 == 0);
  CHECK(tick_ran > tick_queued);
  CHECK(tick_ran - tick_queued <= 62);
  // Meanwhile the spinners did run: dozens of them went ahead of V.
  CHECK(runs_when_ran - runs_when_queued >= 40);
}

// ---- 2. stealing takes half -------------------------------------------------------------

// main (on P0) starts 33 goroutines under GOMAXPROCS 1: the last in runnext, 32 in P0's
// local queue. It then raises GOMAXPROCS to 2 and keeps P0 busy. The new P's M finds
// nothing of its own and steals from P0: Go's runqgrab takes n - n/2 of the n queued
// (runnext stays: it is taken only on the last of the 4 passes, and this queue is never
// empty). The first stolen G, running on P1, sees the rest of the batch in P1's queue.
TEST_CASE("sched events: a thief takes half of its victim's local queue (n - n/2)" GS_NATIVE_SCHED_TEST) {
  for (int queued : {32, 33, 7}) {
    CAPTURE(queued);
    FakeExecutor ex;
    SchedOptions o;
    o.gomaxprocs = 1;
    o.seed = 5;
    Scheduler s(ex, o);
    static uint32_t sem;
    sem = 0;
    static std::atomic<int> done;
    done = 0;
    static std::atomic<bool> observed;
    observed = false;
    static std::atomic<int32_t> thief_p;
    static std::atomic<uint32_t> thief_len, victim_len, thief_steals;
    thief_p = -1;
    thief_len = victim_len = thief_steals = 0;
    const int kGs = queued + 1;  // + the one in runnext
    static P* victim;
    victim = nullptr;
    static uint32_t queued_before;
    queued_before = 0;
    auto* main_g = make_g(s, "main", [&, kGs](ScriptG& g) {
      Scheduler* sc = Scheduler::current();
      if (g.state == 0) {
        g.state = 1;
        victim = sc->current_p();
        for (int i = 0; i < kGs; i++) {
          go("w", [&, kGs](ScriptG&) {
            P* pp = Scheduler::current()->current_p();
            if (pp != victim && !observed.exchange(true)) {
              // The first G to run off P0 is the last of the stolen batch; the rest
              // of the batch waits in this P's queue, and nothing has run here yet.
              thief_p = pp->id;
              thief_len = local_len(pp);
              victim_len = local_len(victim);
              thief_steals = static_cast<uint32_t>(pp->steals.load());
            }
            if (done.fetch_add(1) + 1 == kGs) release(&sem);
            return Stopped::Exited;
          });
        }
        queued_before = local_len(victim);
        while (sc->gomaxprocs(2) < 0) {
        }
        // Keep P0 busy until the thief has shown what it took (bounded: a broken
        // scheduler that never steals fails the checks below instead of hanging).
        for (int i = 0; i < 20000 && !observed; i++) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      if (!acquire_or_park(g, &sem)) return Stopped::Parked;
      return Stopped::ExitProgram;
    });
    s.run(main_g);
    CHECK(ex.fatals.empty());
    REQUIRE(queued_before == static_cast<uint32_t>(queued));  // runnext holds the last one
    REQUIRE(observed.load());
    CHECK(thief_p == 1);
    CHECK(thief_steals == 1);
    const uint32_t n = static_cast<uint32_t>(queued);
    CHECK(thief_len + 1 == n - n / 2);  // the batch: the G running now + those queued
    CHECK(victim_len == n / 2);         // what P0 kept (its runnext aside)
  }
}

// ---- 3. preemption of a tight loop --------------------------------------------------------

namespace {
// With one P, main starts a goroutine spinning in a loop without calls, then yields to
// it. main runs again only when the loop is preempted (or has finished).
const char* kTightLoop = R"(package main

import (
	"fmt"
	"runtime"
)

var x int

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3000000; i++ {
			x++
		}
		done <- true
	}()
	runtime.Gosched()
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0), "loop finished before main resumed:", x == 3000000)
	<-done
	fmt.Println(x)
}
)";
}  // namespace

TEST_CASE("sched events: a tight loop without calls is preempted (deterministic mode's counted time slice)") {
  for (uint64_t seed : {1, 2}) {
    CAPTURE(seed);
    Result on = run_program(kTightLoop, seed);
    CHECK(on.code == 0);
    CHECK(on.err == "");
    CHECK(on.out == "GOMAXPROCS 1 loop finished before main resumed: false\n3000000\n");
  }
}

// With asyncpreemptoff=1 nothing can take the P from a loop without calls (sysmon's
// requests are seen only at function entry), so the outcome does not depend on timing
// even in a normal run: the loop finishes before main runs again, as before Go 1.14.
TEST_CASE("sched events: with GODEBUG=asyncpreemptoff=1 a tight loop hogs its P") {
  Result off = run_program(kTightLoop, 0, {{"GOMAXPROCS", "1"}, {"GODEBUG", "asyncpreemptoff=1"}});
  CHECK(off.code == 0);
  CHECK(off.err == "");
  CHECK(off.out == "GOMAXPROCS 1 loop finished before main resumed: true\n3000000\n");
}

// Deterministic mode's counted time slice (every 2^16th safe point) preempts only at
// function entries when asyncpreemptoff=1, as Go's cooperative preemption would.
TEST_CASE("sched events: with asyncpreemptoff=1 a tight loop hogs its P in deterministic mode too") {
  for (uint64_t seed : {1, 2}) {
    CAPTURE(seed);
    Result off = run_program(kTightLoop, seed, {{"GODEBUG", "asyncpreemptoff=1"}});
    CHECK(off.code == 0);
    CHECK(off.out == "GOMAXPROCS 1 loop finished before main resumed: true\n3000000\n");
  }
}

// ---- 4. stack growth and shrink -----------------------------------------------------------

namespace {
// A goroutine recurses deep (its stack grows by doubling), returns to a shallow depth and
// parks; main then collects GCS times and returns. The final snapshot shows the parked G.
const char* kStackProgram = R"(package main

import "runtime"

var sink int

func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%64]
}

func main() {
	ready, hold := make(chan bool), make(chan bool)
	go func() {
		sink = deep(DEPTH)
		ready <- true
		<-hold
	}()
	<-ready
	for i := 0; i < GCS; i++ {
		runtime.GC()
	}
	_ = hold
}
)";

// The G started by main (the only one left besides main itself).
const GSnap* worker_of(const SchedSnapshot& snap) {
  const GSnap* w = nullptr;
  for (const GSnap& g : snap.gs)
    if (g.goid != 1 && g.start_func.find("main.main") != std::string::npos) w = &g;
  if (!w)
    for (const GSnap& g : snap.gs)
      if (g.goid != 1 && g.status == Gwaiting) w = &g;
  return w;
}
}  // namespace

TEST_CASE("sched events: a goroutine's stack doubles as it grows and halves at each GC once mostly unused") {
  auto run_with = [](int gcs) {
    std::string src = replace_all(replace_all(kStackProgram, "DEPTH", "80"), "GCS", std::to_string(gcs));
    return run_program(src, 3, {{"GOGC", "off"}});  // only the explicit collections
  };
  Result grown = run_with(0);
  REQUIRE(grown.code == 0);
  CHECK(grown.err == "");
  REQUIRE(grown.snap);
  const GSnap* w = worker_of(*grown.snap);
  REQUIRE(w != nullptr);
  CHECK(w->status_text == "chan receive");
  const uint64_t peak = w->stack_size;
  INFO("peak stack " << peak << " bytes after " << w->stack_grows << " growths");
  // 80 frames of > 512 bytes: well past 32 KiB, from a 2 KiB start, one doubling at a time.
  CHECK(peak >= 32768);
  CHECK((peak & (peak - 1)) == 0);
  CHECK((uint64_t{2048} << w->stack_grows) == peak);
  // Each GC halves it (the parked G uses far less than a quarter), never below 2 KiB,
  // and shrinking is not growth.
  for (int gcs = 1; gcs <= 6; gcs++) {
    CAPTURE(gcs);
    Result r = run_with(gcs);
    REQUIRE(r.code == 0);
    REQUIRE(r.snap);
    const GSnap* wg = worker_of(*r.snap);
    REQUIRE(wg != nullptr);
    CHECK(wg->stack_size == std::max<uint64_t>(2048, peak >> gcs));
    CHECK(wg->stack_grows == w->stack_grows);
  }
  // GODEBUG=gcshrinkstackoff=1 keeps the grown stack.
  Result kept = run_program(replace_all(replace_all(kStackProgram, "DEPTH", "80"), "GCS", "3"), 3,
                            {{"GOGC", "off"}, {"GODEBUG", "gcshrinkstackoff=1"}});
  REQUIRE(kept.snap);
  const GSnap* wk = worker_of(*kept.snap);
  REQUIRE(wk != nullptr);
  CHECK(wk->stack_size == peak);
}

namespace {
// Eight goroutines park deep in a recursion while main collects, so the cycle's root scan
// sees big stacks in use; they then finish (their Gs go to the free lists) and one more
// goroutine starts and parks: the final snapshot shows the stack it started with.
const char* kStartingStackProgram = R"(package main

import "runtime"

func deep(n int, arrived, park chan bool) int {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		arrived <- true
		<-park
		return pad[0]
	}
	return deep(n-1, arrived, park) + pad[n%32]
}

func main() {
	arrived, park, done := make(chan bool), make(chan bool), make(chan int)
	for i := 0; i < 8; i++ {
		go func() { done <- deep(DEPTH, arrived, park) }()
	}
	for i := 0; i < 8; i++ {
		<-arrived
	}
	runtime.GC()
	close(park)
	for i := 0; i < 8; i++ {
		<-done
	}
	hold := make(chan bool)
	go func() { <-hold }()
	runtime.Gosched()
}
)";

const GSnap* last_started(const SchedSnapshot& snap) {
  const GSnap* w = nullptr;
  for (const GSnap& g : snap.gs)
    if (g.goid != 1 && g.status == Gwaiting && (!w || g.goid > w->goid)) w = &g;
  return w;
}
}  // namespace

TEST_CASE("sched events: adaptivestackstart — after a GC saw deep stacks, a new goroutine starts with the average") {
  const std::string src = replace_all(kStartingStackProgram, "DEPTH", "40");  // ~40 frames of > 256 bytes each
  Result r = run_program(src, 5, {{"GOGC", "off"}});
  REQUIRE(r.code == 0);
  CHECK(r.err == "");
  REQUIRE(r.snap);
  const GSnap* w = last_started(*r.snap);
  REQUIRE(w != nullptr);
  INFO("the new goroutine's stack: " << w->stack_size << " bytes");
  // (8 deep stacks + main's shallow one) / 9 + the guard, rounded up to a power of two:
  // well past 2 KiB; and it did not have to grow to get there.
  CHECK(w->stack_size > 2048);
  CHECK((w->stack_size & (w->stack_size - 1)) == 0);
  CHECK(w->stack_grows == 0);
  // Go 1.19+ does this by default; GODEBUG=adaptivestackstart=0 keeps every start at 2 KiB.
  Result off = run_program(src, 5, {{"GOGC", "off"}, {"GODEBUG", "adaptivestackstart=0"}});
  REQUIRE(off.snap);
  const GSnap* wo = last_started(*off.snap);
  REQUIRE(wo != nullptr);
  CHECK(wo->stack_size == 2048);
}

// ---- 5. select fairness -------------------------------------------------------------------

namespace {
// READY of 4 channels always hold a value; select picks one TRIALS times. Prints the
// count per case.
const char* kSelectProgram = R"(package main

import "fmt"

func main() {
	var chans [4]chan int
	for i := range chans {
		chans[i] = make(chan int, 1)
	}
	var counts [4]int
	for t := 0; t < TRIALS; t++ {
		for i := 0; i < READY; i++ {
			if len(chans[i]) == 0 {
				chans[i] <- i
			}
		}
		select {
		case <-chans[0]:
			counts[0]++
		case <-chans[1]:
			counts[1]++
		case <-chans[2]:
			counts[2]++
		case <-chans[3]:
			counts[3]++
		}
	}
	fmt.Println(counts[0], counts[1], counts[2], counts[3])
}
)";

// Pearson's chi-square of counts against a uniform spread over the first k cases.
double chi_square(const std::vector<long>& counts, int k) {
  long total = 0;
  for (int i = 0; i < k; i++) total += counts[static_cast<size_t>(i)];
  const double expect = static_cast<double>(total) / k;
  double x2 = 0;
  for (int i = 0; i < k; i++) {
    const double d = static_cast<double>(counts[static_cast<size_t>(i)]) - expect;
    x2 += d * d / expect;
  }
  return x2;
}
}  // namespace

TEST_CASE("sched events: select chooses uniformly among its ready cases") {
  constexpr int kTrials = 8000;
  // Critical values far in the tail (p ~ 1e-10): chi-square with 3 d.o.f. > 50, with
  // 1 d.o.f. > 42. A select that always took the first ready case would score 24000
  // (or 8000); one that favoured a case by even 55% over 45% (2 ready) would score 80.
  struct Case {
    int ready;
    double bound;
  };
  for (Case c : {Case{4, 50.0}, Case{2, 42.0}}) {
    for (uint64_t seed : {0, 1, 2, 3}) {  // 0: the real random source
      CAPTURE(c.ready);
      CAPTURE(seed);
      std::string src = replace_all(replace_all(kSelectProgram, "TRIALS", std::to_string(kTrials)), "READY",
                                    std::to_string(c.ready));
      Result r = run_program(src, seed);
      REQUIRE(r.code == 0);
      std::istringstream in(r.out);
      std::vector<long> counts(4);
      for (long& n : counts) in >> n;
      INFO("counts " << counts[0] << " " << counts[1] << " " << counts[2] << " " << counts[3]);
      REQUIRE(in);
      long sum = 0;
      for (long n : counts) sum += n;
      CHECK(sum == kTrials);
      for (int i = c.ready; i < 4; i++) CHECK(counts[static_cast<size_t>(i)] == 0);  // never ready
      for (int i = 0; i < c.ready; i++) CHECK(counts[static_cast<size_t>(i)] > 0);
      CHECK(chi_square(counts, c.ready) < c.bound);
    }
  }
}
