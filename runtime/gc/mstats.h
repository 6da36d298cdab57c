// mstats.h — runtime.MemStats as a Go program sees it (Go: runtime/mstats.go), laid
// out exactly as Go's struct on amd64 so ReadMemStats can fill the caller's value in
// place, on every build.
//
// Invariant: sizeof and every offset equal Go 1.23's unsafe.Sizeof/Offsetof of
// runtime.MemStats (checked by static_asserts below; the prelude's MemStats in
// lib/go/runtime.go declares the same fields in the same order).
#pragma once
#include <cstddef>
#include <cstdint>

namespace gs::gc {

struct GoMemStats {
  uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
  uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
  uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
  uint64_t BuckHashSys, GCSys, OtherSys;
  uint64_t NextGC, LastGC, PauseTotalNs;
  uint64_t PauseNs[256];
  uint64_t PauseEnd[256];
  uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
  struct SizeClassStats {
    uint32_t Size;
    uint64_t Mallocs, Frees;
  } BySize[61];
};

static_assert(offsetof(GoMemStats, PauseNs) == 192);
static_assert(offsetof(GoMemStats, NumGC) == 4288);
static_assert(offsetof(GoMemStats, GCCPUFraction) == 4296);
static_assert(offsetof(GoMemStats, EnableGC) == 4304);
static_assert(offsetof(GoMemStats, BySize) == 4312);
static_assert(sizeof(GoMemStats::SizeClassStats) == 24);
static_assert(sizeof(GoMemStats) == 5776);

}  // namespace gs::gc
