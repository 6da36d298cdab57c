// gctrace.h — the text GODEBUG=gctrace=1 and scavtrace=1 print, formatted exactly as
// Go 1.23 prints it (Go: gcMarkTermination's trace in mgc.go, fmtNSAsMS, itoaDiv,
// printScavTrace in mgcscavenge.go, forcegchelper in proc.go).
//
// Invariants:
//  * Formatting only: the caller supplies every number already measured; nothing
//    here reads clocks or runtime state. Every line ends in '\n'.
//  * Byte counts are shown as Go shows them: MB = bytes >> 20, KiB = bytes >> 10
//    (truncating); durations in milliseconds by fmt_ns_as_ms's rules.
#pragma once
#include <cstdint>
#include <string>

namespace gs::gc {

// One finished GC cycle, as gcMarkTermination prints it.
struct GcCycleTrace {
  uint32_t num = 0;                  // memstats.numgc after this cycle (first cycle: 1)
  int64_t start_ns_since_init = 0;   // sweep termination start - runtime init time
  // gc_cpu_fraction * 100: GC CPU time (without idle marking) over all CPU time
  // since the program started. Printed truncated toward zero, as Go's int().
  double cpu_util_percent = 0;
  // Wall clock of the three phases: sweep termination (STW), concurrent mark, mark
  // termination (STW).
  int64_t clock_sweep_term_ns = 0, clock_mark_ns = 0, clock_mark_term_ns = 0;
  // CPU time: sweep termination (stw procs * its clock), assists, background
  // (dedicated + fractional workers), idle workers, mark termination (stw procs *
  // its clock).
  int64_t cpu_sweep_term_ns = 0, cpu_assist_ns = 0, cpu_background_ns = 0, cpu_idle_ns = 0,
          cpu_mark_term_ns = 0;
  uint64_t heap_start_bytes = 0;   // heap live at GC start (work.heap0)
  uint64_t heap_end_bytes = 0;     // heap live at mark termination (work.heap1)
  uint64_t heap_marked_bytes = 0;  // marked live heap (work.heap2)
  uint64_t heap_goal_bytes = 0;    // the controller's last_heap_goal()
  uint64_t stacks_bytes = 0;       // last stack scan bytes
  uint64_t globals_bytes = 0;      // scannable globals bytes
  int nprocs = 0;                  // GOMAXPROCS during the cycle
  bool forced = false;             // runtime.GC() (user forced)
};

// "gc N @S.SSSs U%: ... P[ (forced)]\n".
std::string format_gctrace(const GcCycleTrace& t);

// The line forcegchelper prints (with gctrace > 0) before a periodic, time-triggered GC.
inline constexpr const char* kGcForcedLine = "GC forced\n";

// Go's itoaDiv: val in decimal with a '.' inserted dec digits from the right, padding
// with zeros so there is a digit before the point ("0.005" for 5 with dec 3).
std::string itoa_div(uint64_t val, int dec);

// Go's fmtNSAsMS: whole milliseconds from 10 ms up; below that two significant digits
// and at most three decimals ("0.012", "0.12", "1.2"); "0" under a microsecond.
std::string fmt_ns_as_ms(uint64_t ns);

// One scavenger trace line (printScavTrace). heap_retained must not be zero.
struct ScavTrace {
  uint64_t released_bg_bytes = 0;     // released by the background scavenger since last line
  uint64_t released_eager_bytes = 0;  // released eagerly (allocation path) since last line
  uint64_t heap_released_bytes = 0;   // memory currently released to the OS
  uint64_t heap_in_use_bytes = 0;     // bytes in in-use spans
  uint64_t heap_retained_bytes = 0;   // heapInUse + heapFree
  bool forced = false;                // debug.FreeOSMemory
  bool controller_reset = false;      // the scavenger's controller was reset
};

// "scav B KiB work (bg), E KiB work (eager), N KiB now, U% util[ (forced)| [controller reset]]\n"
std::string format_scavtrace(const ScavTrace& t);

}  // namespace gs::gc
