// observe.cpp — reads Ms' published atomics into views. See observe.h.
#include "trace/observe.h"

#include "os/note.h"
#include "sched/proc.h"

namespace gs::trace {

std::vector<MView> observe_ms(const sched::Ms& ms) {
  std::vector<MView> out;
  out.reserve(ms.count());
  int64_t now = os::nanotime();
  for (int i = 0; i < ms.count(); i++) {
    const sched::M& m = ms.at(i);
    MView v;
    v.id = m.id;
    v.procid = m.procid.load(std::memory_order_relaxed);
    v.status = sched::mstatus_name(static_cast<sched::MStatus>(m.status.load(std::memory_order_relaxed)));
    v.heartbeat = m.heartbeat.load(std::memory_order_relaxed);
    int64_t last = m.last_beat_ns.load(std::memory_order_relaxed);
    v.since_beat_ns = last ? now - last : 0;
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace gs::trace
