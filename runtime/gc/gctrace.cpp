// gctrace.cpp — Go 1.23's gctrace and scavtrace lines, byte for byte (see gctrace.h).
#include "gc/gctrace.h"

#include <algorithm>

namespace gs::gc {

std::string itoa_div(uint64_t val, int dec) {
  // Digits are produced least significant first; a '.' goes in after `dec` of them.
  // The loop always emits at least dec+1 characters before the leading digit, so a
  // small value is padded with zeros ("5", 3 → "0.005"). Like Go, dec == 0 still
  // writes one digit in the loop, so a single-digit value comes out as "0d"; the
  // callers only use dec == 0 for values of 10 and more.
  std::string reversed;
  int written = 0;
  while (val >= 10 || written <= dec) {
    reversed.push_back(static_cast<char>('0' + val % 10));
    written++;
    if (dec > 0 && written == dec) {
      reversed.push_back('.');
      written++;
    }
    val /= 10;
  }
  reversed.push_back(static_cast<char>('0' + val));
  std::reverse(reversed.begin(), reversed.end());
  return reversed;
}

std::string fmt_ns_as_ms(uint64_t ns) {
  if (ns >= 10'000'000) return itoa_div(ns / 1'000'000, 0);
  uint64_t micros = ns / 1000;
  if (micros == 0) return "0";
  // Keep two significant digits: each digit dropped from the microseconds removes
  // one decimal place from the millisecond value.
  int decimals = 3;
  while (micros >= 100) {
    micros /= 10;
    decimals--;
  }
  return itoa_div(micros, decimals);
}

std::string format_gctrace(const GcCycleTrace& t) {
  std::string line = "gc ";
  line += std::to_string(t.num);
  line += " @";
  line += itoa_div(static_cast<uint64_t>(t.start_ns_since_init) / 1'000'000, 3);
  line += "s ";
  line += std::to_string(static_cast<int64_t>(t.cpu_util_percent));
  line += "%: ";
  line += fmt_ns_as_ms(static_cast<uint64_t>(t.clock_sweep_term_ns));
  line += '+';
  line += fmt_ns_as_ms(static_cast<uint64_t>(t.clock_mark_ns));
  line += '+';
  line += fmt_ns_as_ms(static_cast<uint64_t>(t.clock_mark_term_ns));
  line += " ms clock, ";
  line += fmt_ns_as_ms(static_cast<uint64_t>(t.cpu_sweep_term_ns));
  line += '+';
  line += fmt_ns_as_ms(static_cast<uint64_t>(t.cpu_assist_ns));
  line += '/';
  line += fmt_ns_as_ms(static_cast<uint64_t>(t.cpu_background_ns));
  line += '/';
  line += fmt_ns_as_ms(static_cast<uint64_t>(t.cpu_idle_ns));
  line += '+';
  line += fmt_ns_as_ms(static_cast<uint64_t>(t.cpu_mark_term_ns));
  line += " ms cpu, ";
  line += std::to_string(t.heap_start_bytes >> 20);
  line += "->";
  line += std::to_string(t.heap_end_bytes >> 20);
  line += "->";
  line += std::to_string(t.heap_marked_bytes >> 20);
  line += " MB, ";
  line += std::to_string(t.heap_goal_bytes >> 20);
  line += " MB goal, ";
  line += std::to_string(t.stacks_bytes >> 20);
  line += " MB stacks, ";
  line += std::to_string(t.globals_bytes >> 20);
  line += " MB globals, ";
  line += std::to_string(t.nprocs);
  line += " P";
  if (t.forced) line += " (forced)";
  line += '\n';
  return line;
}

std::string format_scavtrace(const ScavTrace& t) {
  std::string line = "scav ";
  line += std::to_string(t.released_bg_bytes >> 10);
  line += " KiB work (bg), ";
  line += std::to_string(t.released_eager_bytes >> 10);
  line += " KiB work (eager), ";
  line += std::to_string(t.heap_released_bytes >> 10);
  line += " KiB now, ";
  uint64_t util = t.heap_retained_bytes == 0 ? 0 : t.heap_in_use_bytes * 100 / t.heap_retained_bytes;
  line += std::to_string(util);
  line += "% util";
  if (t.forced) {
    line += " (forced)";
  } else if (t.controller_reset) {
    line += " [controller reset]";
  }
  line += '\n';
  return line;
}

}  // namespace gs::gc
