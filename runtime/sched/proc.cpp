// proc.cpp — the M lifecycle. See proc.h.
#include "sched/proc.h"

#include <algorithm>

namespace gs::sched {

const char* mstatus_name(MStatus s) {
  switch (s) {
    case MStatus::Starting: return "starting";
    case MStatus::Idle: return "idle";
    case MStatus::Running: return "running";
    case MStatus::Exited: return "exited";
  }
  return "?";
}

namespace {
struct MStartArg {
  M* m;
  int64_t beat_interval_ns;
};
}  // namespace

Ms::~Ms() { stop(); }

int Ms::start(int n, int64_t beat_interval_ns) {
  beat_interval_ns_ = beat_interval_ns;
  n = std::min(n, os::max_os_threads() - count());
  int started = 0;
  for (int i = 0; i < n; i++) {
    auto m = std::make_unique<M>();
    m->id = static_cast<int64_t>(all_.size());
    auto* arg = new MStartArg{m.get(), beat_interval_ns};
    if (!os::newosproc(m->thread, &Ms::mstart, arg)) {
      delete arg;
      break;
    }
    all_.push_back(std::move(m));
    started++;
  }
  return started;
}

void Ms::mstart(void* p) {
  MStartArg a = *static_cast<MStartArg*>(p);
  delete static_cast<MStartArg*>(p);
  M& m = *a.m;
  m.procid.store(os::gettid(), std::memory_order_relaxed);
  while (!m.exit_requested.load(std::memory_order_acquire)) {
    m.status.store(static_cast<int>(MStatus::Running), std::memory_order_relaxed);
    m.heartbeat.fetch_add(1, std::memory_order_relaxed);
    m.last_beat_ns.store(os::nanotime(), std::memory_order_relaxed);
    m.status.store(static_cast<int>(MStatus::Idle), std::memory_order_relaxed);
    // Park until the next beat or until woken (stop() wakes us).
    m.park.tsleep(a.beat_interval_ns);
    m.park.clear();
  }
  m.status.store(static_cast<int>(MStatus::Exited), std::memory_order_release);
}

void Ms::stop() {
  for (auto& m : all_) {
    m->exit_requested.store(true, std::memory_order_release);
    m->park.wakeup();
  }
  for (auto& m : all_) os::joinosproc(m->thread);
}

}  // namespace gs::sched
