// runtime2.h — the scheduler's core records (Go: runtime2.go).
//
// So far only M exists: an OS thread the runtime owns. Gs and Ps arrive with the
// scheduler issue. Fields other threads read (the UI's observer, through trace/) are
// atomics: a reader never takes a runtime lock and never stops an M.
#pragma once
#include <atomic>
#include <cstdint>

#include "os/note.h"
#include "os/os_thread.h"

namespace gs::sched {

// What an M is doing, as the Scheduler panel names it.
enum class MStatus : int {
  Starting = 0,  // thread created, not yet in its loop
  Idle = 1,      // parked on its note: uses no CPU
  Running = 2,   // doing runtime work
  Exited = 3,
};
const char* mstatus_name(MStatus s);

struct M {
  int64_t id = 0;                       // Go: m.id (m0 is 0; ours start at 0 too)
  std::atomic<uint64_t> procid{0};      // OS thread id, set by the thread itself
  std::atomic<int> status{0};           // MStatus
  std::atomic<uint64_t> heartbeat{0};   // advanced by the M each time it wakes
  std::atomic<int64_t> last_beat_ns{0};
  std::atomic<bool> exit_requested{false};
  os::Note park;                        // Go: m.park — where the idle M sleeps
  os::OsThread thread;
};

}  // namespace gs::sched
