// The pacer computes Go 1.23's heap goal, trigger, worker split, assist ratio and
// cons/mark. Cases are hand-computed from Go's formulas (mgcpacer.go); the ones
// marked "real Go" reproduce numbers a real Go 1.23 program reported through
// runtime/metrics or GODEBUG=gcpacertrace=1 on linux/amd64.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "gc/gcenv.h"
#include "gc/mgcpacer.h"

using namespace gs::gc;

namespace {

constexpr uint64_t KB = 1 << 10;
constexpr uint64_t MB = 1 << 20;

GcEnv env_with_gogc(int32_t gogc) {
  GcEnv env;
  env.gogc = gogc;
  return env;
}

}  // namespace

TEST_CASE("pacer: a fresh run's goal is the 4 MB heap minimum, trigger at 61/64 of it") {
  GcController c;
  c.init(GcEnv{});
  CHECK(c.gc_percent() == 100);
  CHECK(c.memory_limit() == INT64_MAX);
  CHECK(c.heap_minimum() == 4 * MB);
  CHECK(c.heap_goal() == 4 * MB);
  // goal/64*61: real Go's first cycle starts at heap_live >= 3997696 ("3->..." in
  // gctrace; gcpacertrace showed it triggered at 4005888 with a 4194304 goal).
  CHECK(c.trigger() == 3997696);
  CHECK_FALSE(c.should_start(3997695));
  CHECK(c.should_start(3997696));
  CHECK(c.last_heap_goal() == 0);
}

TEST_CASE("pacer: GOGC goal = marked + (marked + stacks + globals) * GOGC/100") {
  GcController c;
  c.init(GcEnv{});
  // The brief's example: 10 MB marked, 1 MB stacks, 0.5 MB globals → 21.5 MB.
  c.commit(10 * MB, 1 * MB, 512 * KB, true);
  CHECK(c.heap_marked() == 10 * MB);
  CHECK(c.heap_goal() == 22544384);
  // No cons/mark yet, so no runway: the trigger is the upper clamp, 61/64 of the way
  // from marked to goal ((11.5 MB / 64) * 61 + 10 MB).
  CHECK(c.runway() == 0);
  CHECK(c.trigger() == 21979136);

  c.set_gc_percent(50);
  CHECK(c.heap_minimum() == 2 * MB);
  CHECK(c.heap_goal() == 10 * MB + 12058624 * 50 / 100);  // 16515072

  c.set_gc_percent(300);
  CHECK(c.heap_goal() == 10 * MB + 12058624 * 3);
}

TEST_CASE("pacer: goals equal real Go's for the inputs real Go reported") {
  // real Go: after runtime.GC() with debug.SetGCPercent(p), runtime/metrics gave
  // /gc/heap/live (marked), /gc/scan/stack, /gc/scan/globals and /gc/heap/goal.
  // Sweeping is not done at that commit, so the goal is at least marked + 1 MB.
  struct Case {
    int32_t gogc;
    uint64_t marked, stack, globals, goal;
  };
  const Case cases[] = {
      {100, 18517680, 2080, 153616, 37191056},
      {50, 18527376, 2008, 153616, 27868876},
      {0, 18532368, 2024, 153616, 19580944},  // GOGC=0: only the sweep distance
      {300, 18532368, 2080, 153616, 74596560},
      {100, 18517872, 1944, 153616, 37191304},
      {50, 18527552, 1960, 153616, 27869116},
      {0, 18527568, 1944, 153616, 19576144},
      {300, 18527568, 2080, 153616, 74577360},
  };
  for (const Case& k : cases) {
    GcController c;
    c.init(env_with_gogc(k.gogc));
    c.commit(k.marked, k.stack, k.globals, /*is_sweep_done=*/false);
    INFO("gogc=" << k.gogc << " marked=" << k.marked);
    CHECK(c.heap_goal() == k.goal);
    CHECK(c.trigger() <= c.heap_goal());
  }
}

TEST_CASE("pacer: floors — heap minimum scales with GOGC, GOGC=0 collects at the live heap") {
  GcController c;
  c.init(GcEnv{});
  c.commit(1 * MB, 0, 0, true);
  CHECK(c.heap_goal() == 4 * MB);  // 2 MB by GOGC, floored

  GcController half;
  half.init(env_with_gogc(50));
  CHECK(half.heap_minimum() == 2 * MB);
  half.commit(512 * KB, 0, 0, true);
  CHECK(half.heap_goal() == 2 * MB);

  GcController zero;
  zero.init(env_with_gogc(0));
  CHECK(zero.heap_minimum() == 0);
  zero.commit(10 * MB, 1 * MB, 0, true);
  CHECK(zero.heap_goal() == 10 * MB);
  CHECK(zero.trigger() == 10 * MB);  // marked >= goal: trigger = goal, collect continuously
  CHECK(zero.should_start(10 * MB));

  GcController big;
  big.init(env_with_gogc(200));
  CHECK(big.heap_minimum() == 8 * MB);
}

TEST_CASE("pacer: GOGC=off without a memory limit never triggers") {
  GcController c;
  c.init(env_with_gogc(-1));
  CHECK(c.gc_percent() == -1);
  c.commit(10 * MB, 0, 0, true);
  // The memory-limit goal of "no limit": (2^63-1) less 3% headroom.
  uint64_t limit = static_cast<uint64_t>(INT64_MAX);
  CHECK(c.heap_goal() == limit - limit / 100 * 3);
  CHECK(c.heap_goal() == 8946670875749132533ULL);
  CHECK_FALSE(c.should_start(uint64_t{1} << 50));
  CHECK_FALSE(c.should_force_periodic(int64_t{10} * 60 * 1'000'000'000, 1));
}

TEST_CASE("pacer: the memory limit lowers the goal") {
  GcController c;
  GcEnv env;
  env.memory_limit = 16 * MB;
  c.init(env);
  c.commit(10 * MB, 1 * MB, 512 * KB, true);
  // 2 MB of non-heap memory: 14 MB for the heap, less max(3%, 1 MB) headroom.
  c.set_memory_stats({/*mapped_ready=*/14 * MB, /*heap_free=*/1 * MB, /*heap_alloc=*/11 * MB});
  CHECK(c.heap_goal() == 13 * MB);  // below the GOGC goal of 21.5 MB
  // Trigger: (3 MB / 64) * 61 + 10 MB.
  CHECK(c.trigger() == 13484032);

  // Non-heap memory plus the overage exceed the limit: goal = live heap, collect now.
  c.set_memory_stats({20 * MB, 0, 4 * MB});
  CHECK(c.heap_goal() == 10 * MB);
  CHECK(c.trigger() == 10 * MB);

  // The limit goal never goes under the marked heap.
  c.set_memory_stats({15 * MB, 0, 1 * MB});  // 14 MB non-heap → 2 MB - 1 MB → 1 MB
  CHECK(c.heap_goal() == 10 * MB);

  // A generous limit: the GOGC goal stands.
  CHECK(c.set_memory_limit(1 << 30) == int64_t{16 * MB});
  CHECK(c.heap_goal() == 22544384);
}

TEST_CASE("pacer: real Go's GOGC=off GOMEMLIMIT=64MiB goal, 3% headroom") {
  // real Go reported /gc/heap/goal = 62323215 with GOGC=off GOMEMLIMIT=64MiB at start;
  // that is 64 MiB less 2858128 bytes of non-heap memory, less 3% (integer steps).
  GcEnv env;
  env.gogc = -1;
  env.memory_limit = 64 * MB;
  GcController c;
  c.init(env);
  c.set_memory_stats({2858128, 0, 0});
  CHECK(c.heap_goal() == 62323215);
}

TEST_CASE("pacer: SetGCPercent and SetMemoryLimit return the previous value as Go does") {
  // real Go: SetGCPercent(50) → 100, (-7) → 50, (100) → -1; SetMemoryLimit(-1) →
  // MaxInt64, (1<<30) → MaxInt64, (-1) → 1<<30.
  GcController c;
  c.init(GcEnv{});
  CHECK(c.set_gc_percent(50) == 100);
  CHECK(c.set_gc_percent(-7) == 50);
  CHECK(c.gc_percent() == -1);
  CHECK(c.set_gc_percent(100) == -1);
  CHECK(c.set_memory_limit(-1) == INT64_MAX);
  CHECK(c.set_memory_limit(int64_t{1} << 30) == INT64_MAX);
  CHECK(c.set_memory_limit(-1) == int64_t{1} << 30);
  CHECK(c.memory_limit() == int64_t{1} << 30);
  CHECK(c.set_memory_limit(0) == int64_t{1} << 30);
  CHECK(c.memory_limit() == 0);

  GcController off;
  off.init(env_with_gogc(-1));
  CHECK(off.set_gc_percent(0) == -1);
  CHECK(off.heap_minimum() == 0);
}

TEST_CASE("pacer: big heaps trigger 4 MB before the goal") {
  GcController c;
  c.init(GcEnv{});
  c.commit(100 * MB, 0, 0, true);
  CHECK(c.heap_goal() == 200 * MB);
  // 61/64 of the way would be 195.3 MB; goal - 4 MB is later and wins.
  CHECK(c.trigger() == 196 * MB);
}

TEST_CASE("pacer: sweep distance and the 64 KiB runway above the trigger point") {
  GcController c;
  c.init(GcEnv{});
  c.commit(10 * MB, 1 * MB, 512 * KB, true);
  // Still sweeping with heap_live already past the GOGC goal: the goal moves to
  // heap_live + 1 MB, and so does the trigger.
  c.set_heap_live(21 * MB);
  c.commit(false);
  CHECK(c.heap_goal() == 22 * MB);
  CHECK(c.trigger() == 22 * MB);
  c.commit(true);
  CHECK(c.heap_goal() == 22544384);

  // A cycle that starts close to the goal gets at least 64 KiB of room.
  c.start_cycle(0, 4, 22544384 - 1000, false);
  CHECK(c.triggered() == 22544384 - 1000);
  CHECK(c.heap_goal() == 22544384 - 1000 + 64 * KB);
  c.end_cycle(1000, 4);
  CHECK(c.last_heap_goal() == 22544384 - 1000 + 64 * KB);
  c.reset_live(10 * MB);
  CHECK(c.triggered() == UINT64_MAX);
}

TEST_CASE("pacer: dedicated and fractional workers per GOMAXPROCS (real Go's gcpacertrace)") {
  // real Go 1.23, GODEBUG=gcpacertrace=1: "workers=D++F" for GOMAXPROCS 1..8, 16.
  struct Case {
    int procs;
    int dedicated;
    double fractional;
  };
  const Case cases[] = {{1, 0, 0.25}, {2, 0, 0.25}, {3, 0, 0.25},         {4, 1, 0},  {5, 1, 0},
                        {6, 1, 0.5 / 6}, {7, 2, 0}, {8, 2, 0},           {16, 4, 0}};
  for (const Case& k : cases) {
    GcController c;
    c.init(GcEnv{});
    c.start_cycle(0, k.procs, 4 * MB, false);
    INFO("GOMAXPROCS=" << k.procs);
    CHECK(c.dedicated_mark_workers() == k.dedicated);
    CHECK(c.dedicated_workers_needed() == k.dedicated);
    CHECK(c.fractional_utilization_goal() == doctest::Approx(k.fractional).epsilon(1e-12));
    CHECK(c.max_idle_mark_workers() == k.procs - k.dedicated);
  }
  GcEnv stw;
  stw.gcstoptheworld = 1;
  GcController s;
  s.init(stw);
  s.start_cycle(0, 6, 4 * MB, false);
  CHECK(s.dedicated_mark_workers() == 6);
  CHECK(s.fractional_utilization_goal() == 0);
}

TEST_CASE("pacer: periodic cycles cap idle workers") {
  GcController c;
  c.init(GcEnv{});
  c.start_cycle(0, 4, 4 * MB, false, GcTriggerKind::kTime);
  CHECK(c.max_idle_mark_workers() == 0);
  c.end_cycle(1, 4);
  c.start_cycle(0, 2, 4 * MB, false, GcTriggerKind::kTime);
  CHECK(c.max_idle_mark_workers() == 1);  // no dedicated worker: one idle for progress
  CHECK(c.should_force_periodic(kForceGcPeriodNs + 2, 1));
  CHECK_FALSE(c.should_force_periodic(kForceGcPeriodNs + 1, 1));
  CHECK_FALSE(c.should_force_periodic(kForceGcPeriodNs * 2, 0));  // no GC yet
}

TEST_CASE("pacer: worker slots — dedicated claims, idle cap, fractional pacing") {
  GcController c;
  c.init(GcEnv{});
  c.start_cycle(1000, 8, 4 * MB, true);
  CHECK(c.cycle_forced());
  CHECK(c.try_claim_dedicated_worker());
  CHECK(c.try_claim_dedicated_worker());
  CHECK_FALSE(c.try_claim_dedicated_worker());
  c.mark_worker_stop(MarkWorkerMode::kDedicated, 100);
  CHECK(c.dedicated_mark_time() == 100);
  CHECK(c.try_claim_dedicated_worker());

  CHECK(c.max_idle_mark_workers() == 6);
  for (int i = 0; i < 6; i++) CHECK(c.add_idle_mark_worker());
  CHECK_FALSE(c.need_idle_mark_worker());
  CHECK_FALSE(c.add_idle_mark_worker());
  c.mark_worker_stop(MarkWorkerMode::kIdle, 50);
  CHECK(c.idle_mark_time() == 50);
  CHECK(c.need_idle_mark_worker());
  CHECK(c.add_idle_mark_worker());
  CHECK(c.fractional_utilization_goal() == 0);
  CHECK_FALSE(c.fractional_worker_wanted(0, 2000));

  GcController two;
  two.init(GcEnv{});
  two.start_cycle(1000, 2, 4 * MB, false);  // fractional goal 0.25 per P
  CHECK(two.fractional_worker_wanted(0, 1000));            // no time elapsed yet
  CHECK(two.fractional_worker_wanted(200'000, 1'001'000));  // 20% < 25%
  CHECK_FALSE(two.fractional_worker_wanted(300'000, 1'001'000));
  CHECK_FALSE(two.fractional_worker_should_exit(290'000, 1'001'000));  // < 1.2 * 25%
  CHECK(two.fractional_worker_should_exit(310'000, 1'001'000));
  CHECK(two.fractional_worker_should_exit(0, 1000));
  two.mark_worker_stop(MarkWorkerMode::kFractional, 7);
  CHECK(two.fractional_mark_time() == 7);
}

TEST_CASE("pacer: the first cycle's assist ratio equals real Go's") {
  // real Go (gcpacertrace, GOMAXPROCS=2): first cycle with 150896 bytes of globals,
  // triggered at heap_live 4005888 against the 4 MB goal → "assist ratio=+8.008662e-001".
  GcController c;
  c.init(GcEnv{});
  c.add_globals(150896);
  c.start_cycle(0, 2, 4005888, false);
  CHECK(c.marking());
  CHECK(c.assist_work_per_byte() == 150896.0 / 188416.0);
  CHECK(c.assist_bytes_per_work() == 188416.0 / 150896.0);
  CHECK(c.assist_work_per_byte() == doctest::Approx(0.8008662).epsilon(1e-7));
}

TEST_CASE("pacer: revise stretches the goal when scan work overruns") {
  GcController c;
  c.init(GcEnv{});
  c.add_scan_work(8 * MB, 0, 0);  // last cycle's heap scan work
  c.commit(10 * MB, 1 * MB, 512 * KB, true);
  CHECK(c.last_heap_scan() == 8 * MB);
  c.add_scannable_stack(2 * MB);
  c.start_cycle(0, 4, 20 * MB, false);
  // Expected work 8 + 1 + 0.5 MB over the 1.5 MB left before the 21.5 MB goal.
  CHECK(c.assist_work_per_byte() == 9961472.0 / 1572864.0);

  // 10 MB scanned already > 9.5 MB expected: extrapolate the runway to the worst
  // case (heap scan 8 MB + stacks 2 MB + globals 0.5 MB).
  c.add_scan_work(10 * MB, 0, 0);
  c.revise();
  int64_t extended = static_cast<int64_t>(1572864.0 / 9961472.0 * 11010048.0) + int64_t{20 * MB};
  CHECK(extended == 22709948);
  CHECK(c.assist_work_per_byte() == 524288.0 / static_cast<double>(extended - int64_t{20 * MB}));

  // Past even the stretched goal: 10% overshoot and the worst-case work.
  c.update(int64_t{3 * MB}, 0);  // while marking, update() revises
  int64_t overshoot = static_cast<int64_t>(22709948.0 * 1.1);
  CHECK(overshoot - int64_t{23 * MB} == 863694);
  CHECK(c.assist_work_per_byte() == 524288.0 / 863694.0);

  // Remaining work below 1000 is floored at 1000.
  c.add_scan_work(524288 - 10, 0, 0);
  c.revise();
  CHECK(c.assist_work_per_byte() == 1000.0 / 863694.0);
}

TEST_CASE("pacer: cons/mark from a cycle sets the next runway and trigger") {
  GcController c;
  c.init(GcEnv{});
  c.commit(10 * MB, 0, 256 * KB, true);
  c.start_cycle(0, 4, 20 * MB, false);
  // 1 MB of scan work while the mutator allocated 3 MB, no assists or idle marking:
  // cons/mark = (3 MB * 0.25) / (1 MB * 0.75) = 1.
  c.add_scan_work(512 * KB, 256 * KB, 256 * KB);
  c.update(int64_t{3 * MB}, 0);
  c.end_cycle(1'000'000'000, 4);
  CHECK_FALSE(c.marking());
  CHECK(c.cons_mark() == 1.0);
  CHECK(c.last_heap_goal() == 21233664);  // 10 MB + (10 MB + 0.25 MB)

  c.reset_live(12 * MB);
  CHECK(c.heap_marked() == 12 * MB);
  CHECK(c.heap_live() == 12 * MB);
  CHECK(c.last_heap_scan() == 512 * KB);
  CHECK(c.last_stack_scan() == 256 * KB);
  c.commit(true);
  CHECK(c.heap_goal() == 25690112);  // 12 MB + (12 MB + 256 KiB + 256 KiB)
  // Runway = cons/mark * (1 - 0.25) / 0.25 * expected scan work (1 MB) = 3 MB.
  CHECK(c.runway() == 3 * MB);
  CHECK(c.trigger() == 25690112 - 3 * MB);  // between the 45/64 and 61/64 clamps

  // A second, cheaper cycle: cons/mark stays at the max of the last four measurements.
  c.start_cycle(0, 4, 22544384, false);
  c.add_scan_work(1 * MB, 256 * KB, 256 * KB);
  c.update(int64_t{1 * MB}, 0);
  c.end_cycle(1'000'000'000, 4);
  CHECK(c.cons_mark() == 1.0);
}

TEST_CASE("pacer: a long runway is clamped to 45/64 of the way to the goal") {
  GcController c;
  c.init(GcEnv{});
  c.commit(10 * MB, 0, 512 * KB, true);
  c.start_cycle(0, 4, 20 * MB, false);
  c.add_scan_work(1 * MB, 512 * KB, 512 * KB);  // 2 MB of work
  c.update(int64_t{6 * MB}, 0);                 // 6 MB allocated → cons/mark 1
  c.end_cycle(1'000'000'000, 4);
  CHECK(c.cons_mark() == 1.0);
  c.reset_live(12 * MB);
  c.commit(true);
  CHECK(c.heap_goal() == 26214400);
  CHECK(c.runway() == 6 * MB);
  CHECK(c.trigger() == 22167552);  // (13 MB / 64) * 45 + 12 MB
}

TEST_CASE("pacer: assists in end_cycle raise utilisation") {
  GcController c;
  c.init(GcEnv{});
  c.commit(10 * MB, 0, 0, true);
  c.start_cycle(0, 2, 20 * MB, false);
  c.add_assist_time(250'000'000);  // 0.25 / 2 Ps of 1 s → utilisation 0.375
  c.add_scan_work(1 * MB, 0, 0);
  c.update(int64_t{5 * MB}, 0);
  c.end_cycle(1'000'000'000, 2);
  double u = 0.25 + 250'000'000.0 / 2'000'000'000.0;
  CHECK(c.cons_mark() == (5.0 * MB * u) / (1.0 * MB * (1 - u)));
}

TEST_CASE("pacer: scavenger goals") {
  // Memory limit: retain 95% of it.
  ScavengeGoals g = scavenge_goals(100 * MB, 0, 0, 50 * MB, 0, 0, 4096);
  CHECK(g.memory_limit_goal == UINT64_MAX);
  CHECK(g.gc_percent_goal == UINT64_MAX);  // before the first GC ended
  g = scavenge_goals(100 * MB, 0, 0, 120 * MB, 0, 0, 4096);
  CHECK(g.memory_limit_goal == 99614720);
  // GOGC: in-use at last GC scaled by goal growth, +10%, page-aligned.
  g = scavenge_goals(INT64_MAX, 20 * MB, 10 * MB, 0, 8 * MB, 30 * MB, 4096);
  CHECK(g.memory_limit_goal == UINT64_MAX);
  CHECK(g.gc_percent_goal == 18456576);
  g = scavenge_goals(INT64_MAX, 20 * MB, 10 * MB, 0, 8 * MB, 18456576 + 4095, 4096);
  CHECK(g.gc_percent_goal == UINT64_MAX);  // within a page of the goal
}

TEST_CASE("pacer: allocation-path calls race safely with settings and cycle transitions") {
  // Run under TSan too: mutators update heap_live and test the trigger while another
  // thread changes GOGC and the limit and a "collector" runs cycles.
  GcController c;
  c.init(GcEnv{});
  std::atomic<bool> stop{false};
  std::vector<std::thread> mutators;
  for (int i = 0; i < 3; i++) {
    mutators.emplace_back([&] {
      uint64_t starts = 0;
      while (!stop.load()) {
        c.update(4096, 1024);
        if (c.should_start(c.heap_live())) starts++;
        c.add_scan_work(64, 8, 0);
        c.add_assist_time(10);
        (void)c.assist_work_per_byte();
        if (c.add_idle_mark_worker()) c.mark_worker_stop(MarkWorkerMode::kIdle, 5);
        if (c.try_claim_dedicated_worker()) c.mark_worker_stop(MarkWorkerMode::kDedicated, 5);
      }
      (void)starts;
    });
  }
  std::thread settings([&] {
    for (int i = 0; i < 200; i++) {
      c.set_gc_percent(i % 3 == 0 ? -1 : 50 + i);
      c.set_memory_limit(i % 2 == 0 ? int64_t{64} << 20 : INT64_MAX);
      c.set_memory_stats({uint64_t(i) << 20, 0, uint64_t(i) << 19});
    }
  });
  for (int cycle = 0; cycle < 50; cycle++) {
    c.start_cycle(cycle * 1000, 4, c.heap_live(), false);
    c.end_cycle(cycle * 1000 + 500, 4);
    c.reset_live(c.heap_live() / 2);
    c.commit(cycle % 2 == 0);
    // One snapshot: separate trigger() and heap_goal() calls may straddle a
    // settings change (GOGC=off then 50 moves the goal from ~2^63 to a few MB).
    uint64_t trigger = 0, goal = 0;
    c.trigger_and_goal(&trigger, &goal);
    CHECK(trigger <= goal);
  }
  settings.join();
  stop.store(true);
  for (std::thread& t : mutators) t.join();
}
