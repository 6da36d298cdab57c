// observe.cpp — reads Ms' published atomics into views. See observe.h.
#include "trace/observe.h"

#include "os/note.h"
#include "run/run.h"
#include "sched/threadpool.h"

namespace gs::trace {

std::vector<MView> observe_ms(const sched::ThreadPool& ms) {
  std::vector<MView> out;
  out.reserve(ms.count());
  int64_t now = os::nanotime();
  for (int i = 0; i < ms.count(); i++) {
    const sched::Thread& m = ms.at(i);
    MView v;
    v.id = m.id;
    v.procid = m.procid.load(std::memory_order_relaxed);
    v.status = sched::thread_status_name(static_cast<sched::ThreadStatus>(m.status.load(std::memory_order_relaxed)));
    v.heartbeat = m.heartbeat.load(std::memory_order_relaxed);
    int64_t last = m.last_beat_ns.load(std::memory_order_relaxed);
    v.since_beat_ns = last ? now - last : 0;
    out.push_back(std::move(v));
  }
  return out;
}

std::shared_ptr<const sched::SchedSnapshot> observe_sched(const run::Run& run) { return run.scheduler_snapshot(); }

std::shared_ptr<const MemSnapshot> observe_mem(const run::Run& run) { return run.mem_snapshot(); }

std::shared_ptr<const IfaceSnapshot> observe_ifaces(const run::Run& run) { return run.iface_snapshot(); }

}  // namespace gs::trace
