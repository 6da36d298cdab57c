// observe.h — the one observability API (DESIGN seam 11): what the panels, the test
// interface, the exporters and the tests read. Nothing outside runtime/ reaches into
// runtime internals; it asks here.
//
// Invariant: every read here is wait-free for the reader and never blocks an M —
// fields are atomics (or, later, snapshots published by the runtime). The browser's
// main thread calls this every frame.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <memory>

#include "sched/snapshot.h"
#include "trace/iface_snapshot.h"
#include "trace/mem_snapshot.h"

namespace gs::sched { class ThreadPool; }
namespace gs::run { class Run; }

namespace gs::trace {

struct MView {
  int64_t id = 0;
  uint64_t procid = 0;      // OS thread id
  std::string status;       // "starting", "idle", "running", "exited"
  uint64_t heartbeat = 0;   // how many times the M has woken
  int64_t since_beat_ns = 0;  // how long ago its last beat was
};

std::vector<MView> observe_ms(const sched::ThreadPool& ms);

// The run's scheduler: Ps and their run queues, Ms, every goroutine, every channel
// (see sched/snapshot.h). nullptr when there is no run or no snapshot this instant;
// callers keep the last one they got.
std::shared_ptr<const sched::SchedSnapshot> observe_sched(const run::Run& run);

// The run's memory: size classes, mcaches, mcentrals, the arenas' page map, MemStats,
// the collector's cycles, pauses, heap-over-time samples and gctrace lines, stacks
// (see trace/mem_snapshot.h). nullptr when there is none this instant.
std::shared_ptr<const MemSnapshot> observe_mem(const run::Run& run);

// The run's itab cache: every (interface, type) entry of the itabTable with its slot,
// method table and lookup count (see trace/iface_snapshot.h). nullptr as above.
std::shared_ptr<const IfaceSnapshot> observe_ifaces(const run::Run& run);

}  // namespace gs::trace
