// threadpool.h — the process's OS threads for Ms (Go: newm/newosproc's threads, kept
// and reused). A Run's scheduler asks the pool for a thread each time it starts an M
// (Go's startm → newm); the thread runs that M until the M exits, then returns here
// and parks, ready for the next run.
//
// Why a pool: in the browser a thread is a Web Worker, which only the page's main
// thread can create, between frames; so threads are made in advance, up to a fixed
// ceiling (os::max_os_threads()), and reused. Natively the same code keeps runs from
// paying for thread creation.
//
// Invariants:
//  * The set of threads only grows (Go's allm only grows), up to the ceiling.
//  * An idle thread parks on its note and uses no CPU; it wakes once per beat
//    interval to advance its heartbeat (what the Threads panel shows) or when given
//    a job.
//  * A thread runs at most one job at a time; spawn() fails (returns false) when
//    every thread is busy and the ceiling is reached — callers must treat that as
//    "no M available", as Go treats an M limit.
#pragma once
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "sched/runtime2.h"

namespace gs::sched {

class ThreadPool {
 public:
  ThreadPool() = default;
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  // Starts n more threads (capped by os::max_os_threads()). Returns how many started.
  int start(int n, int64_t beat_interval_ns = 250'000'000);
  // Runs fn(arg) on an idle thread, starting a new one if none is idle and the
  // ceiling allows. False when no thread is available.
  bool spawn(os::ThreadEntry fn, void* arg);
  // Like spawn, but an idle thread is only handed the job, not woken: it starts fn at
  // wake(handle) (or at its next beat, at the latest). For a caller that must not lose
  // its CPU to the new thread now — one holding the world stopped. nullptr: no thread.
  void* spawn_parked(os::ThreadEntry fn, void* arg);
  static void wake(void* handle);
  // Asks every thread to exit, wakes them and joins them: a thread first runs the job
  // it holds (one handed by spawn_parked and not yet woken too — its owner waits for
  // it), and spawn/spawn_parked refuse new jobs from here on. Idempotent.
  void stop();

  int count() const {
    std::lock_guard<std::mutex> lock(mu_);
    return static_cast<int>(all_.size());
  }
  const Thread& at(int i) const {
    std::lock_guard<std::mutex> lock(mu_);
    return *all_[i];
  }

  // The process-wide pool the CLI and tests use (the app owns its own).
  static ThreadPool& process_pool();

 private:
  static void thread_main(void* arg);
  bool start_one();
  mutable std::mutex mu_;
  std::vector<std::unique_ptr<Thread>> all_;  // Go: allm
  int64_t beat_interval_ns_ = 250'000'000;
  bool stopping_ = false;  // stop() has begun: no new jobs (until start() again)
};

}  // namespace gs::sched
