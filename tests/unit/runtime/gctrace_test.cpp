// gctrace lines match real Go 1.23 byte for byte. The lines below were printed by
// real Go 1.23 programs under GODEBUG=gctrace=1 (linux/amd64); each is rebuilt from
// inputs that lie inside the ranges those printed numbers stand for.
#include <doctest/doctest.h>

#include "gc/gctrace.h"

using namespace gs::gc;

namespace {
constexpr uint64_t MB = 1 << 20;
}

TEST_CASE("gctrace: itoa_div pads and places the point as Go's itoaDiv") {
  CHECK(itoa_div(5, 3) == "0.005");
  CHECK(itoa_div(0, 3) == "0.000");
  CHECK(itoa_div(123, 3) == "0.123");
  CHECK(itoa_div(1234, 3) == "1.234");
  CHECK(itoa_div(98765, 3) == "98.765");
  CHECK(itoa_div(12, 1) == "1.2");
  CHECK(itoa_div(12, 2) == "0.12");
  CHECK(itoa_div(10, 0) == "10");
  CHECK(itoa_div(278, 0) == "278");
  CHECK(itoa_div(5, 0) == "05");  // Go's quirk; fmt_ns_as_ms never asks for it
}

TEST_CASE("gctrace: fmt_ns_as_ms keeps two significant digits below 10 ms") {
  CHECK(fmt_ns_as_ms(0) == "0");
  CHECK(fmt_ns_as_ms(999) == "0");
  CHECK(fmt_ns_as_ms(1000) == "0.001");
  CHECK(fmt_ns_as_ms(7'999) == "0.007");
  CHECK(fmt_ns_as_ms(70'000) == "0.070");
  CHECK(fmt_ns_as_ms(99'999) == "0.099");
  CHECK(fmt_ns_as_ms(100'000) == "0.10");
  CHECK(fmt_ns_as_ms(162'345) == "0.16");
  CHECK(fmt_ns_as_ms(999'999) == "0.99");
  CHECK(fmt_ns_as_ms(1'000'000) == "1.0");
  CHECK(fmt_ns_as_ms(3'199'999) == "3.1");
  CHECK(fmt_ns_as_ms(9'999'999) == "9.9");
  CHECK(fmt_ns_as_ms(10'000'000) == "10");
  CHECK(fmt_ns_as_ms(278'900'000) == "278");
  CHECK(fmt_ns_as_ms(12'345'678'901) == "12345");
}

TEST_CASE("gctrace: real Go 1.23 lines, 2 P") {
  // gc 1 @0.003s 7%: 0.16+3.1+0.15 ms clock, 0.32+0.31/0.29/0.38+0.31 ms cpu, 3->3->3 MB,
  // 4 MB goal, 0 MB stacks, 0 MB globals, 2 P
  GcCycleTrace t;
  t.num = 1;
  t.start_ns_since_init = 3'456'789;
  t.cpu_util_percent = 7.93;
  t.clock_sweep_term_ns = 162'345;
  t.clock_mark_ns = 3'123'456;
  t.clock_mark_term_ns = 155'000;
  t.cpu_sweep_term_ns = 2 * t.clock_sweep_term_ns;
  t.cpu_assist_ns = 312'000;
  t.cpu_background_ns = 295'555;
  t.cpu_idle_ns = 381'000;
  t.cpu_mark_term_ns = 2 * t.clock_mark_term_ns;
  t.heap_start_bytes = 3'997'696;
  t.heap_end_bytes = 4'100'000;
  t.heap_marked_bytes = 3'500'000;
  t.heap_goal_bytes = 4 * MB;
  t.stacks_bytes = 16'384;
  t.globals_bytes = 150'896;
  t.nprocs = 2;
  CHECK(format_gctrace(t) ==
        "gc 1 @0.003s 7%: 0.16+3.1+0.15 ms clock, 0.32+0.31/0.29/0.38+0.31 ms cpu, 3->3->3 MB, "
        "4 MB goal, 0 MB stacks, 0 MB globals, 2 P\n");

  // A user-forced cycle: runtime.GC().
  // gc 6 @0.123s 1%: 0.062+0.21+0.004 ms clock, 0.12+0/0.13/0.064+0.009 ms cpu, 11->11->7 MB,
  // 16 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)
  GcCycleTrace f;
  f.num = 6;
  f.start_ns_since_init = 123'999'999;
  f.cpu_util_percent = 1.99;
  f.clock_sweep_term_ns = 62'500;
  f.clock_mark_ns = 215'000;
  f.clock_mark_term_ns = 4'700;
  f.cpu_sweep_term_ns = 125'000;
  f.cpu_assist_ns = 0;
  f.cpu_background_ns = 130'100;
  f.cpu_idle_ns = 64'900;
  f.cpu_mark_term_ns = 9'400;
  f.heap_start_bytes = 11 * MB + 5;
  f.heap_end_bytes = 12 * MB - 1;
  f.heap_marked_bytes = 7 * MB + 777;
  f.heap_goal_bytes = 16 * MB + 123'456;
  f.stacks_bytes = 2'080;
  f.globals_bytes = 153'616;
  f.nprocs = 2;
  f.forced = true;
  CHECK(format_gctrace(f) ==
        "gc 6 @0.123s 1%: 0.062+0.21+0.004 ms clock, 0.12+0/0.13/0.064+0.009 ms cpu, 11->11->7 MB, "
        "16 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)\n");
}

TEST_CASE("gctrace: real Go 1.23 line, 1 P (no idle marking)") {
  // gc 5 @0.099s 1%: 0.017+2.9+0.004 ms clock, 0.017+0.039/0.082/0+0.004 ms cpu, 16->17->8 MB,
  // 19 MB goal, 0 MB stacks, 0 MB globals, 1 P
  GcCycleTrace t;
  t.num = 5;
  t.start_ns_since_init = 99'100'000;
  t.cpu_util_percent = 1.0;
  t.clock_sweep_term_ns = 17'200;
  t.clock_mark_ns = 2'950'000;
  t.clock_mark_term_ns = 4'100;
  t.cpu_sweep_term_ns = 17'200;
  t.cpu_assist_ns = 39'800;
  t.cpu_background_ns = 82'000;
  t.cpu_idle_ns = 0;
  t.cpu_mark_term_ns = 4'100;
  t.heap_start_bytes = 16 * MB + 300'000;
  t.heap_end_bytes = 17 * MB + 100;
  t.heap_marked_bytes = 8 * MB + 4096;
  t.heap_goal_bytes = 19 * MB + 900'000;
  t.stacks_bytes = 8'192;
  t.globals_bytes = 150'896;
  t.nprocs = 1;
  CHECK(format_gctrace(t) ==
        "gc 5 @0.099s 1%: 0.017+2.9+0.004 ms clock, 0.017+0.039/0.082/0+0.004 ms cpu, 16->17->8 MB, "
        "19 MB goal, 0 MB stacks, 0 MB globals, 1 P\n");
}

TEST_CASE("gctrace: real Go 1.23 lines of a big heap (whole milliseconds, MB stacks/globals)") {
  // From a program with 300 deep goroutine stacks, 24 MB of pointer globals and 3e6
  // live objects:
  // gc 3 @0.836s 21%: 0.022+278+0.055 ms clock, 0.045+25/98/122+0.11 ms cpu,
  // 114->140->113 MB, 126 MB goal, 1 MB stacks, 24 MB globals, 2 P
  GcCycleTrace t;
  t.num = 3;
  t.start_ns_since_init = 836'400'000;
  t.cpu_util_percent = 21.7;
  t.clock_sweep_term_ns = 22'500;
  t.clock_mark_ns = 278'400'000;
  t.clock_mark_term_ns = 55'900;
  t.cpu_sweep_term_ns = 45'000;
  t.cpu_assist_ns = 25'100'000;
  t.cpu_background_ns = 98'700'000;
  t.cpu_idle_ns = 122'000'000;
  t.cpu_mark_term_ns = 111'800;
  t.heap_start_bytes = 114 * MB + 10;
  t.heap_end_bytes = 140 * MB + 500'000;
  t.heap_marked_bytes = 113 * MB;
  t.heap_goal_bytes = 126 * MB + 1;
  t.stacks_bytes = 1 * MB + 200'000;
  t.globals_bytes = 3 * MB * 8;
  t.nprocs = 2;
  CHECK(format_gctrace(t) ==
        "gc 3 @0.836s 21%: 0.022+278+0.055 ms clock, 0.045+25/98/122+0.11 ms cpu, 114->140->113 MB, "
        "126 MB goal, 1 MB stacks, 24 MB globals, 2 P\n");

  // gc 5 @2.096s 19%: 0.014+339+0.008 ms clock, 0.029+0/188/481+0.017 ms cpu,
  // 231->231->209 MB, 465 MB goal, 1 MB stacks, 24 MB globals, 2 P (forced)
  GcCycleTrace f;
  f.num = 5;
  f.start_ns_since_init = 2'096'000'001;
  f.cpu_util_percent = 19.999;
  f.clock_sweep_term_ns = 14'999;
  f.clock_mark_ns = 339'999'999;
  f.clock_mark_term_ns = 8'000;
  f.cpu_sweep_term_ns = 29'998;
  f.cpu_assist_ns = 0;
  f.cpu_background_ns = 188'000'000;
  f.cpu_idle_ns = 481'500'000;
  f.cpu_mark_term_ns = 17'000;
  f.heap_start_bytes = 231 * MB;
  f.heap_end_bytes = 231 * MB + MB - 1;
  f.heap_marked_bytes = 209 * MB;
  f.heap_goal_bytes = 465 * MB;
  f.stacks_bytes = MB;
  f.globals_bytes = 25 * MB - 1;
  f.nprocs = 2;
  f.forced = true;
  CHECK(format_gctrace(f) ==
        "gc 5 @2.096s 19%: 0.014+339+0.008 ms clock, 0.029+0/188/481+0.017 ms cpu, 231->231->209 MB, "
        "465 MB goal, 1 MB stacks, 24 MB globals, 2 P (forced)\n");
}

TEST_CASE("gctrace: the rest of the line's arithmetic") {
  GcCycleTrace t;
  t.num = 1234;
  t.start_ns_since_init = 61'234'567'890;  // ms = 61234 → "61.234"
  t.cpu_util_percent = 0.999;              // truncates to 0
  t.nprocs = 8;
  t.heap_goal_bytes = UINT64_MAX;
  std::string line = format_gctrace(t);
  CHECK(line ==
        "gc 1234 @61.234s 0%: 0+0+0 ms clock, 0+0/0/0+0 ms cpu, 0->0->0 MB, 17592186044415 MB goal, "
        "0 MB stacks, 0 MB globals, 8 P\n");
  CHECK(std::string(kGcForcedLine) == "GC forced\n");
}

TEST_CASE("gctrace: scavenger trace line") {
  ScavTrace s;
  s.released_bg_bytes = 10 * 1024 + 1023;
  s.released_eager_bytes = 0;
  s.heap_released_bytes = 1 << 20;
  s.heap_in_use_bytes = 3 << 20;
  s.heap_retained_bytes = 4 << 20;
  CHECK(format_scavtrace(s) == "scav 10 KiB work (bg), 0 KiB work (eager), 1024 KiB now, 75% util\n");
  s.forced = true;
  s.controller_reset = true;  // forced wins, as in Go
  CHECK(format_scavtrace(s) == "scav 10 KiB work (bg), 0 KiB work (eager), 1024 KiB now, 75% util (forced)\n");
  s.forced = false;
  CHECK(format_scavtrace(s) ==
        "scav 10 KiB work (bg), 0 KiB work (eager), 1024 KiB now, 75% util [controller reset]\n");
}
