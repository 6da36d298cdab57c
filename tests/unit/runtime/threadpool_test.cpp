// Ms are real OS threads that advance their heartbeats, park when idle, and stop cleanly.
#include <doctest/doctest.h>

#include <set>
#include <thread>

#include "os/note.h"
#include "os/os_thread.h"
#include "sched/threadpool.h"
#include "trace/observe.h"

using namespace gs;

namespace {
// Waits (bounded) until pred() holds; tests never assert on wall-clock durations.
template <class F>
bool eventually(F pred, int64_t limit_ns = 10'000'000'000) {
  int64_t end = os::nanotime() + limit_ns;
  while (os::nanotime() < end) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return pred();
}
}  // namespace

TEST_CASE("Ms start on distinct OS threads and their heartbeats advance") {
  sched::ThreadPool ms;
  REQUIRE(ms.start(4, 2'000'000) == 4);
  REQUIRE(eventually([&] {
    for (auto& v : trace::observe_ms(ms))
      if (v.heartbeat < 3) return false;
    return true;
  }));
  std::set<uint64_t> tids;
  for (auto& v : trace::observe_ms(ms)) {
    CHECK(v.procid != 0);
    tids.insert(v.procid);
  }
  CHECK(tids.size() == 4);
  CHECK(tids.count(os::gettid()) == 0);
  ms.stop();
  for (auto& v : trace::observe_ms(ms)) CHECK(v.status == "exited");
}

TEST_CASE("an idle M parks: with a long beat interval it does not spin") {
  sched::ThreadPool ms;
  REQUIRE(ms.start(1, 3'600'000'000'000) == 1);  // one beat an hour
  REQUIRE(eventually([&] { return trace::observe_ms(ms)[0].heartbeat == 1 &&
                                  trace::observe_ms(ms)[0].status == "idle"; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK(trace::observe_ms(ms)[0].heartbeat == 1);  // parked, not looping
  ms.stop();  // stop wakes a parked M at once
  CHECK(trace::observe_ms(ms)[0].status == "exited");
}

TEST_CASE("a note wakes a sleeper exactly once per clear and times out otherwise") {
  os::Note n;
  CHECK_FALSE(n.tsleep(1'000'000));  // nobody wakes it: times out
  std::thread waker([&] { n.wakeup(); });
  n.sleep();
  waker.join();
  CHECK(n.woken());
  CHECK(n.tsleep(0));  // still woken until cleared
  n.clear();
  CHECK_FALSE(n.woken());
}

TEST_CASE("the OS ceiling on Ms is honoured") {
  sched::ThreadPool ms;
  int cap = os::max_os_threads();
  int want = cap < 64 ? cap + 3 : 6;
  int got = ms.start(want, 1'000'000);
  CHECK(got == (cap < 64 ? cap : 6));
  ms.stop();
}

// The shutdown hang CI found: a job handed to a thread by spawn_parked (the GC's mark
// workers, woken only after the pause) was dropped when stop() asked the thread to exit
// first, and the collector waited for it forever. Now every handed job runs, and a
// stopping pool takes no new ones.
TEST_CASE("stop runs a job handed by spawn_parked and not yet woken; a stopping pool refuses jobs") {
  sched::ThreadPool ms;
  REQUIRE(ms.start(1, 3'600'000'000'000) == 1);  // a beat that never comes: only wake() or stop() move it
  REQUIRE(eventually([&] { return trace::observe_ms(ms)[0].status == "idle"; }));
  std::atomic<int> ran{0};
  auto job = [](void* p) { static_cast<std::atomic<int>*>(p)->fetch_add(1); };
  void* handle = ms.spawn_parked(job, &ran);
  REQUIRE(handle != nullptr);
  CHECK(ran.load() == 0);  // handed, not woken
  ms.stop();                // joins: the thread must run the job before it exits
  CHECK(ran.load() == 1);
  CHECK(ms.spawn_parked(job, &ran) == nullptr);
  CHECK_FALSE(ms.spawn(job, &ran));
  CHECK(ran.load() == 1);
}
