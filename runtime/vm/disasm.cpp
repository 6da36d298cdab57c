// disasm.cpp — see disasm.h.
#include "vm/disasm.h"

#include <cstdio>

namespace gs::vm {

std::string disassemble(const Module& m, const Func& f) {
  (void)m;
  std::string out;
  char buf[160];
  std::snprintf(buf, sizeof buf, "%s  frame=%d args=%d results@%d\n", f.name.c_str(), f.frame_size, f.args_size,
                f.results_off);
  out += buf;
  size_t li = 0;
  for (size_t pc = 0; pc < f.code.size(); pc++) {
    while (li < f.lines.size() && f.lines[li].pc <= pc) {
      std::snprintf(buf, sizeof buf, "  ; line %d\n", f.lines[li].line);
      out += buf;
      li++;
    }
    const Instr& in = f.code[pc];
    std::snprintf(buf, sizeof buf, "  %4zu %-14s %d %d %d %d x=%u\n", pc, op_name(in.op), in.a, in.b, in.c, in.d, in.x);
    out += buf;
  }
  return out;
}

}  // namespace gs::vm
