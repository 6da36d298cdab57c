// mbarrier.h — the write-barrier entry every pointer store into the heap or a global
// goes through (DESIGN.md seam 6; Go: mbarrier.go, writeBarrier.enabled).
// Invariant: while no collection is marking, write_barrier_enabled() is false and a
// store pays one predictable branch. Issue 5's collector turns it on during mark and
// makes write_barrier_shade grey the old and new pointers (Go's hybrid barrier).
#pragma once
#include <atomic>

namespace gs::types {
struct Type;
}

namespace gs::mem {

inline std::atomic<bool>& write_barrier_flag() {
  static std::atomic<bool> enabled{false};
  return enabled;
}
inline bool write_barrier_enabled() { return write_barrier_flag().load(std::memory_order_relaxed); }
// Shades the pointers about to be overwritten at dst and those being written from
// src (t: the stored type; nullptr for one pointer word). No collector yet: nothing to shade.
inline void write_barrier_shade(void* dst, const void* src, const types::Type* t) {
  (void)dst;
  (void)src;
  (void)t;
}

}  // namespace gs::mem
