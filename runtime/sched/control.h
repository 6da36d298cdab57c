// control.h — the live controls a person drives from the Scheduler panel while a program
// runs (issue 4's "Controls"): GOMAXPROCS changed live, a tempo (slow motion), pause and
// single-step. Go has no such thing; they only ever add waits at scheduling points, so a
// program's semantics are unchanged (any interleaving they produce is one Go allows).
//
// Invariants:
//  * The UI writes only atomics and wakes `wake` (a futex wake: never blocks), so the
//    UI thread never waits for the runtime. The object outlives the run's Scheduler (the
//    Run owns it), so a late write or wake is harmless.
//  * The Scheduler reads them at scheduling points: an M about to look for a G waits
//    while `paused` unless it takes a step credit (the UI adds one per Step click);
//    a GOMAXPROCS request is served by an M holding a P (stop the world, procresize,
//    start the world), as runtime.GOMAXPROCS(n) does.
#pragma once
#include <atomic>
#include <cstdint>

#include "os/note.h"

namespace gs::sched {

struct LiveControls {
  std::atomic<int> gomaxprocs{0};           // a requested P count (0: none pending)
  std::atomic<bool> paused{false};          // no G starts running while set
  std::atomic<int64_t> step_credits{0};     // each Step click: one more G may start while paused
  std::atomic<int> tempo_ms{0};             // wait before each G execution (0: full speed)
  os::Note wake;                            // sysmon sleeps on it: the UI wakes it on a change
};

}  // namespace gs::sched
