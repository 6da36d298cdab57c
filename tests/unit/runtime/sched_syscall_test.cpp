// sched_syscall_test.cpp — unit tests of system calls with P hand-off (entersyscall,
// exitsyscall and sysmon's retake) and of LockOSThread (stoplockedm/startlockedm, a
// locked G's exit retiring its M), driven by a fake Executor whose goroutines run
// scripted C++ steps.
//
// Invariant kept by every test here: only facts Go's rules make certain are asserted
// (a P in _Psyscall is retaken when other work waits; a locked G always resumes on its
// own M; a G that returns from a system call to no free P waits in the global queue),
// never timings, so the tests hold under ThreadSanitizer and on a loaded machine.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "sched/proc.h"
#include "sched/sema.h"

#ifdef __EMSCRIPTEN__
#define GS_NATIVE_SCHED_TEST * doctest::skip(true)  // as in sched_test.cpp
#else
#define GS_NATIVE_SCHED_TEST
#endif

using namespace gs::sched;

namespace {

struct StepG : G {
  int state = 0;
  std::function<Stopped(StepG&)> step;
};

class StepExecutor : public Executor {
 public:
  Stopped execute(G* gp) override { return static_cast<StepG*>(gp)->step(*static_cast<StepG*>(gp)); }
  void free_g(G* gp) override {
    std::lock_guard<std::mutex> lock(mu);
    dead.emplace_back(static_cast<StepG*>(gp));
  }
  void fatal(const std::string& msg) override {
    std::lock_guard<std::mutex> lock(mu);
    fatals.push_back(msg);
  }
  void write_stderr(const std::string&) override {}
  std::string describe_site(const void*, uint32_t) override { return ""; }
  std::string describe_value(const gs::types::Type*, const void*) override { return ""; }
  std::string type_name(const gs::types::Type*) override { return ""; }
  void log(const std::string& s) {
    std::lock_guard<std::mutex> lock(mu);
    order.push_back(s);
  }
  std::vector<std::string> logged() {
    std::lock_guard<std::mutex> lock(mu);
    return order;
  }
  std::mutex mu;
  std::vector<std::string> order;
  std::vector<std::string> fatals;
  std::vector<std::unique_ptr<StepG>> dead;
};

StepG* make_g(Scheduler& s, std::function<Stopped(StepG&)> step) {
  auto* g = new StepG();
  g->goid = s.next_goid();
  g->step = std::move(step);
  return g;
}

void go(std::function<Stopped(StepG&)> step) {
  Scheduler* s = Scheduler::current();
  if (!s) std::abort();
  s->newproc(make_g(*s, std::move(step)));
}

bool acquire_or_park(StepG& g, uint32_t* addr) {
  Scheduler* s = Scheduler::current();
  void* lock = nullptr;
  if (s->sema().semacquire(addr, &g, false, &lock)) return true;
  s->prepare_park(&g, WaitReason::Semacquire, sema_park_commit, lock);
  return false;
}

void release(uint32_t* addr) { Scheduler::current()->sema().semrelease(addr, false); }

// Waits (really blocking the thread, as a system call does) until flag is set or 5 s pass.
bool wait_for(const std::atomic<bool>& flag) {
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (!flag.load() && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::microseconds(200));
  return flag.load();
}

SchedOptions one_p() {
  SchedOptions o;
  o.gomaxprocs = 1;
  o.seed = 11;
  return o;
}

}  // namespace

TEST_CASE("sched syscall: a G blocked in a system call hands its P to another M (GOMAXPROCS=1)" GS_NATIVE_SCHED_TEST) {
  StepExecutor ex;
  Scheduler s(ex, one_p());
  static uint32_t sem;
  sem = 0;
  std::atomic<bool> worker_ran{false}, sleeper_back{false};
  std::atomic<int> finished{0};
  std::atomic<bool> saw_gsyscall{false}, saw_m_without_p{false}, snapshot_shows_syscall{false};
  std::atomic<bool> fast_exit{false};
  auto* main_g = make_g(s, [&](StepG& g) {
    if (g.state == 0) {
      g.state = 1;
      // worker first, then the sleeper: the sleeper (runnext) runs as soon as main parks.
      go([&](StepG&) {
        ex.log("worker");  // before the flag: the sleeper logs as soon as it sees it
        worker_ran = true;
        // Keep the P until the sleeper has returned from its call, so its exitsyscall
        // finds neither its old P nor an idle one: the slow path.
        wait_for(sleeper_back);
        if (finished.fetch_add(1) + 1 == 2) release(&sem);
        return Stopped::Exited;
      });
      go([&](StepG& self) {
        Scheduler* sc = Scheduler::current();
        if (self.state == 0) {
          self.state = 1;
          sc->entersyscall(&self);
          saw_gsyscall = readgstatus(&self) == Gsyscall;
          M* mp = Scheduler::current_m();
          saw_m_without_p = mp->p == nullptr && mp->oldp != nullptr;
          sc->publish_snapshot();
          if (auto snap = sc->snapshot()) {
            for (const MSnap& m : snap->ms)
              if (m.id == mp->id && m.state == "syscall" && m.p == -1 && m.curg == self.goid) snapshot_shows_syscall = true;
          }
          wait_for(worker_ran);  // the "system call": blocks this thread
          ex.log("sleeper returns");
          bool got_p = sc->exitsyscall(&self);
          sleeper_back = true;
          if (got_p) {
            fast_exit = true;
          } else {
            return Stopped::SyscallExit;
          }
        }
        ex.log("sleeper runs again");
        if (finished.fetch_add(1) + 1 == 2) release(&sem);
        return Stopped::Exited;
      });
    }
    if (!acquire_or_park(g, &sem)) return Stopped::Parked;
    return Stopped::ExitProgram;
  });
  s.run(main_g);
  CHECK(ex.fatals.empty());
  CHECK(saw_gsyscall);
  CHECK(saw_m_without_p);
  CHECK(snapshot_shows_syscall);
  CHECK(s.handoffs.load() >= 1);
  CHECK_FALSE(fast_exit);  // the worker held the only P: the G went to the global queue
  CHECK(ex.logged() == std::vector<std::string>{"worker", "sleeper returns", "sleeper runs again"});
  CHECK(s.num_ms() >= 2);
}

TEST_CASE("sched syscall: repeated calls by the only G always come back and finish" GS_NATIVE_SCHED_TEST) {
  StepExecutor ex;
  Scheduler s(ex, one_p());
  std::atomic<int> calls{0}, bad_status{0};
  auto* main_g = make_g(s, [&](StepG& g) {
    Scheduler* sc = Scheduler::current();
    // Ten calls of 1 ms. Sysmon may retake the idle-looking P (Go does when no M spins
    // and no P is idle) and a spinning M may hold it at the instant the call returns:
    // then the G takes the slow path and comes back through the global queue.
    for (; g.state < 10; g.state++) {
      sc->entersyscall(&g);
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      calls++;
      if (!sc->exitsyscall(&g)) {
        g.state++;
        return Stopped::SyscallExit;
      }
      if (readgstatus(&g) != Grunning || !Scheduler::current_m()->p) bad_status++;
    }
    return Stopped::ExitProgram;
  });
  s.run(main_g);
  CHECK(ex.fatals.empty());
  CHECK(calls == 10);
  CHECK(bad_status == 0);
}

TEST_CASE("sched lock: a locked G always resumes on its own M; others run elsewhere" GS_NATIVE_SCHED_TEST) {
  StepExecutor ex;
  Scheduler s(ex, one_p());
  static uint32_t back;
  back = 0;
  std::atomic<M*> main_m{nullptr};
  std::atomic<int> resumed_elsewhere{0}, helper_on_main_m{0};
  std::atomic<bool> nested_still_locked{false}, unlocked_at_end{false};
  auto* main_g = make_g(s, [&](StepG& g) {
    Scheduler* sc = Scheduler::current();
    M* mp = Scheduler::current_m();
    if (g.state == 0) {
      sc->lock_os_thread(&g);
      sc->lock_os_thread(&g);
      sc->unlock_os_thread(&g);
      nested_still_locked = g.lockedm.load() == mp && mp->lockedg.load() == &g;
      main_m = mp;
      g.state = 1;
    }
    if (mp != main_m.load()) resumed_elsewhere++;
    // Five rounds: wake a helper, block until it answers.
    while (g.state <= 5) {
      if (g.state % 2 == 1) {
        go([&](StepG&) {
          if (Scheduler::current_m() == main_m.load()) helper_on_main_m++;
          release(&back);
          return Stopped::Exited;
        });
        g.state++;
      }
      if (!acquire_or_park(g, &back)) return Stopped::Parked;
      g.state++;
    }
    sc->unlock_os_thread(&g);
    sc->unlock_os_thread(&g);  // unmatched: no effect
    unlocked_at_end = g.lockedm.load() == nullptr && mp->lockedg.load() == nullptr;
    return Stopped::ExitProgram;
  });
  s.run(main_g);
  CHECK(ex.fatals.empty());
  CHECK(nested_still_locked);
  CHECK(resumed_elsewhere == 0);
  CHECK(helper_on_main_m == 0);
  CHECK(unlocked_at_end);
  CHECK(s.num_ms() >= 2);
}

TEST_CASE("sched lock: a G that exits locked retires its M; the program goes on" GS_NATIVE_SCHED_TEST) {
  StepExecutor ex;
  Scheduler s(ex, one_p());
  static uint32_t sem;
  sem = 0;
  std::atomic<M*> retired_m{nullptr};
  auto* main_g = make_g(s, [&](StepG& g) {
    if (g.state == 0) {
      g.state = 1;
      go([&](StepG& self) {
        Scheduler* sc = Scheduler::current();
        sc->lock_os_thread(&self);
        retired_m = Scheduler::current_m();
        release(&sem);
        return Stopped::Exited;
      });
    }
    if (!acquire_or_park(g, &sem)) return Stopped::Parked;
    ex.log("main done");
    return Stopped::ExitProgram;
  });
  s.run(main_g);
  CHECK(ex.fatals.empty());
  REQUIRE(retired_m.load() != nullptr);
  CHECK(retired_m.load()->retired);
  CHECK(retired_m.load()->state.load() == 5);
  CHECK(ex.logged() == std::vector<std::string>{"main done"});
}

TEST_CASE("sched lock: a deadlock while locked is still detected" GS_NATIVE_SCHED_TEST) {
  StepExecutor ex;
  Scheduler s(ex, one_p());
  static uint32_t never;
  never = 0;
  auto* main_g = make_g(s, [&](StepG& g) {
    if (g.state == 0) {
      g.state = 1;
      Scheduler::current()->lock_os_thread(&g);
    }
    if (!acquire_or_park(g, &never)) return Stopped::Parked;
    return Stopped::ExitProgram;
  });
  s.run(main_g);
  REQUIRE(ex.fatals.size() == 1);
  CHECK(ex.fatals[0] == "all goroutines are asleep - deadlock!");
}
