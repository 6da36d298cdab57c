// sched_seed_test.cpp — deterministic mode (`gopherscope run -seed N`, run::Program::seed):
// the same seed gives the same output (select choices, map iteration, goroutine
// interleaving under counted preemption), different seeds may differ, and time is the
// playground's virtual clock (starts 2009-11-10 23:00:00 UTC, jumps over sleeps).
//
// Invariant: every assertion compares whole outputs of complete runs of real programs
// through run::Run, so it holds under the sanitizers and on a loaded machine (nothing
// here depends on wall-clock timing).
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "run/run.h"

using namespace gs::run;

namespace {

struct Result {
  int code = -1;
  std::string out, err;
  double seconds = 0;
};

Result run_seeded(const std::string& source, uint64_t seed) {
  Run r;
  Program p;
  p.source = source;
  p.seed = seed;
  auto t0 = std::chrono::steady_clock::now();
  r.start(p);
  for (int i = 0; i < 60000 && r.state() != RunState::Exited; i++) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  if (r.state() != RunState::Exited) r.stop();
  Result res;
  res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::vector<OutputChunk> chunks;
  r.output().drain(chunks);
  for (auto& c : chunks) (c.stream == Stream::Stdout ? res.out : res.err) += c.text;
  res.code = r.exit_code();
  return res;
}

// Random choices everywhere: select between two ready channels, map iteration, and
// three busy goroutines whose interleaving depends on preemption.
const char* kRandomProgram = R"(package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	a, b := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	s := ""
	for i := 0; i < 64; i++ {
		select {
		case <-a:
			s += "a"
		case <-b:
			s += "b"
		}
	}
	fmt.Println(s)
	m := map[int]bool{}
	for i := 0; i < 24; i++ {
		m[i] = true
	}
	for k := range m {
		fmt.Print(k, " ")
	}
	fmt.Println()
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := 0
			for i := 0; i < 300000; i++ {
				x += i
				if i%100000 == 0 {
					mu.Lock()
					order = append(order, g)
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(order)
}
)";

const char* kTimeProgram = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start)
	time.Sleep(1 * time.Hour)
	fmt.Println(time.Since(start))
	timer := time.NewTimer(90 * time.Minute)
	done := make(chan bool)
	go func() {
		time.Sleep(30 * time.Minute)
		done <- true
	}()
	<-done
	fmt.Println("goroutine slept", time.Since(start))
	<-timer.C
	fmt.Println(time.Now().UTC().Format(time.RFC3339), time.Since(start))
}
)";

}  // namespace

TEST_CASE("sched seed: the same seed gives the same output; different seeds differ") {
  Result first = run_seeded(kRandomProgram, 42);
  REQUIRE(first.code == 0);
  CHECK(first.err == "");
  CHECK(first.out.find("GOMAXPROCS 1\n") != std::string::npos);
  for (int i = 0; i < 2; i++) {
    Result again = run_seeded(kRandomProgram, 42);
    CHECK(again.code == 0);
    CHECK(again.out == first.out);
  }
  // 64 select choices and a 24-key map order: two seeds agreeing on all is (2^-64)-unlikely.
  Result other = run_seeded(kRandomProgram, 7);
  CHECK(other.code == 0);
  CHECK(other.out != first.out);
}

TEST_CASE("sched seed: virtual time starts at the playground's epoch and jumps over sleeps") {
  Result r = run_seeded(kTimeProgram, 1);
  REQUIRE(r.code == 0);
  CHECK(r.err == "");
  CHECK(r.out ==
        "2009-11-10 23:00:00 +0000 UTC m=+0.000000001\n"
        "1h0m0s\n"
        "goroutine slept 1h30m0s\n"
        "2009-11-11T01:30:00Z 2h30m0s\n");
  // 2.5 virtual hours: had the sleeps been real, the run would not have exited in time
  // and the output above would be cut short.
  MESSAGE("2.5 virtual hours took " << r.seconds << " s");
}

TEST_CASE("sched seed: a deadlock is still reported in deterministic mode") {
  Result r = run_seeded("package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n", 3);
  CHECK(r.code == 2);
  CHECK(r.err.rfind("fatal error: all goroutines are asleep - deadlock!", 0) == 0);
}
