// threadpool.cpp — pooled OS threads that run M jobs. See threadpool.h.
#include "sched/threadpool.h"

#include <algorithm>

namespace gs::sched {

const char* thread_status_name(ThreadStatus s) {
  switch (s) {
    case ThreadStatus::Starting: return "starting";
    case ThreadStatus::Idle: return "idle";
    case ThreadStatus::Running: return "running";
    case ThreadStatus::Exited: return "exited";
  }
  return "?";
}

namespace {
struct StartArg {
  Thread* t;
  int64_t beat_interval_ns;
};
}  // namespace

ThreadPool::~ThreadPool() { stop(); }

ThreadPool& ThreadPool::process_pool() {
  static ThreadPool* pool = new ThreadPool();  // never destroyed: threads outlive statics
  return *pool;
}

bool ThreadPool::start_one() {
  if (static_cast<int>(all_.size()) >= os::max_os_threads()) return false;
  auto t = std::make_unique<Thread>();
  t->id = static_cast<int64_t>(all_.size());
  auto* arg = new StartArg{t.get(), beat_interval_ns_};
  if (!os::newosproc(t->thread, &ThreadPool::thread_main, arg)) {
    delete arg;
    return false;
  }
  all_.push_back(std::move(t));
  return true;
}

int ThreadPool::start(int n, int64_t beat_interval_ns) {
  std::lock_guard<std::mutex> lock(mu_);
  beat_interval_ns_ = beat_interval_ns;
  stopping_ = false;
  int started = 0;
  for (int i = 0; i < n && start_one(); i++) started++;
  return started;
}

bool ThreadPool::spawn(os::ThreadEntry fn, void* arg) {
  void* t = spawn_parked(fn, arg);
  if (t) wake(t);
  return t != nullptr;
}

void* ThreadPool::spawn_parked(os::ThreadEntry fn, void* arg) {
  std::lock_guard<std::mutex> lock(mu_);
  if (stopping_) return nullptr;  // stop() joins only the threads it saw
  for (int attempt = 0; attempt < 2; attempt++) {
    for (auto& t : all_) {
      if (t->job_fn.load(std::memory_order_acquire) || t->exit_requested.load(std::memory_order_relaxed)) continue;
      t->job_arg = arg;
      t->job_fn.store(fn, std::memory_order_release);
      return t.get();
    }
    if (!start_one()) return nullptr;
  }
  return nullptr;
}

void ThreadPool::wake(void* handle) { static_cast<Thread*>(handle)->park.wakeup(); }

void ThreadPool::thread_main(void* p) {
  StartArg a = *static_cast<StartArg*>(p);
  delete static_cast<StartArg*>(p);
  Thread& t = *a.t;
  t.procid.store(os::gettid(), std::memory_order_relaxed);
  for (;;) {
    t.status.store(static_cast<int>(ThreadStatus::Running), std::memory_order_relaxed);
    t.heartbeat.fetch_add(1, std::memory_order_relaxed);
    t.last_beat_ns.store(os::nanotime(), std::memory_order_relaxed);
    // A job handed over by spawn() or spawn_parked(): run it to completion (an M's
    // whole life) — even when asked to exit meanwhile, since its owner waits for it.
    if (os::ThreadEntry fn = t.job_fn.load(std::memory_order_acquire)) {
      fn(t.job_arg);
      t.job_arg = nullptr;
      t.job_fn.store(nullptr, std::memory_order_release);
      continue;
    }
    if (t.exit_requested.load(std::memory_order_acquire)) break;
    t.status.store(static_cast<int>(ThreadStatus::Idle), std::memory_order_relaxed);
    // Park until the next beat or until woken (spawn() and stop() wake us).
    t.park.tsleep(a.beat_interval_ns);
    t.park.clear();
  }
  t.status.store(static_cast<int>(ThreadStatus::Exited), std::memory_order_release);
}

void ThreadPool::stop() {
  std::vector<Thread*> ts;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    for (auto& t : all_) {
      t->exit_requested.store(true, std::memory_order_release);
      t->park.wakeup();
      ts.push_back(t.get());
    }
  }
  for (Thread* t : ts) os::joinosproc(t->thread);
}

}  // namespace gs::sched
