// mprof_stack.cpp — see mprof_stack.h. Stacks are runtime.Callers' pcs (vm/traceback:
// function entry + 4 * next instruction, so pc - 1 lies in the allocating/calling
// instruction), innermost first, without runtime.goexit — Go's heap profile stacks end
// at runtime.main or at the goroutine's function.
#include "vm/mprof_stack.h"

#include "mem/malloc.h"
#include "sched/proc.h"
#include "vm/interp.h"
#include "vm/traceback.h"

namespace gs::vm {

namespace {

int profile_stack(void* arg, uint64_t* pcs, int max) {
  const Module& m = *static_cast<const Module*>(arg);
  sched::M* mp = sched::Scheduler::current_m();
  if (mp == nullptr || mp->curg == nullptr) return 0;
  G* g = static_cast<G*>(mp->curg);
  if (g != tls_g || g->fn == nullptr) return 0;  // not inside this G's execution
  FrameCursor c(*g, /*bottom=*/true);
  StackFrame f;
  int n = 0;
  while (n < max && c.next(&f)) {
    if (f.synthetic == SyntheticFunc::Goexit0) continue;  // Go's profile stacks leave it out
    if (uint64_t pc = frame_pc(m, f)) pcs[n++] = pc;
  }
  return n;
}

}  // namespace

void install_mem_profile_stack(mem::Heap& heap, Module& module, int64_t visible_rate) {
  heap.mem_profile().set_stack_hook(&profile_stack, &module);
  // runtime.MemProfileRate: the program's variable starts at visible_rate and what the
  // program stores there drives the sampler from then on.
  if (module.mem_profile_rate_global >= 0 &&
      static_cast<size_t>(module.mem_profile_rate_global) + 8 <= module.globals.size())
    heap.mem_profile().bind_rate_variable(
        reinterpret_cast<int64_t*>(module.globals.data() + module.mem_profile_rate_global), visible_rate);
}

mem::PprofSymbolizer mem_profile_symbolizer(const Module& module, std::string main_file) {
  return [&module, main_file = std::move(main_file)](uint64_t pc, mem::PprofFrame* out) {
    PcFunc f;
    if (!lookup_pc(module, pc, &f)) return false;
    out->name = pc_func_name(f);
    out->file = pc_func_file(f);
    if (!main_file.empty() && out->file == "/tmp/prog.go") out->file = main_file;
    // The line of the instruction before the return address (Go: CallersFrames).
    out->line = pc_func_line(f, pc > f.entry ? pc - 1 : pc);
    out->start_line = f.fn ? f.fn->decl_line : 0;
    return true;
  };
}

}  // namespace gs::vm
