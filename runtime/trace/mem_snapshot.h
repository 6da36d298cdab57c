// mem_snapshot.h — one consistent-enough picture of a run's memory for the Allocator
// and GC panels (DESIGN seam 11): the allocator's spans, caches and page map, the
// MemStats numbers, the collector's history and the stack allocator's counters.
//
// Invariant: built on a runtime thread (sysmon, every 50 ms, and once as the run
// ends) under the runtime's own locks, then published by swapping a shared pointer;
// readers get it with a try-lock and never wait for the runtime.
#pragma once
#include <cstdint>

#include "gc/mgc.h"
#include "mem/mheap.h"
#include "sched/stack.h"

namespace gs::trace {

struct MemSnapshot {
  int64_t taken_ns = 0;             // since the run started
  mem::AllocSnapshot alloc;         // size classes, mcaches, mcentrals, arenas' page map
  mem::MemStatsSnapshot stats;      // the heap's MemStats fields
  gc::GcSnapshot gc;                // phase, cycles, pauses, heap samples, gctrace lines
  sched::StackStats stacks;
  uint64_t heap_limit = 0;          // the playground's cap on heap memory (0: none)
};

}  // namespace gs::trace
