// gc_test_util.h — helpers for doctests of the collector. Collector::snapshot never
// blocks (the UI and sysmon call it): it returns false when a background sweeper
// holds the statistics lock for a moment. A test that needs a snapshot retries.
#pragma once

#include <chrono>
#include <thread>

#include "gc/mgc.h"

namespace gs::test {

// Takes a snapshot, retrying while the statistics lock is briefly held elsewhere
// (up to about 10 s, for slow sanitizer and wasm builds).
inline bool snapshot_soon(gc::Collector& gc, gc::GcSnapshot* out) {
  for (int i = 0; i < 100000; i++) {
    if (gc.snapshot(out)) return true;
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
  return false;
}

}  // namespace gs::test
