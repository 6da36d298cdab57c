// mprof_stack.h — the VM's side of the heap profile: the hook mem's MemProfile calls
// to learn the allocating goroutine's stack (mem must not know the VM), and the
// symbolizer that turns the pcs it recorded into pprof frames.
//
// Invariant: the hook only reads the frames of the goroutine the calling thread's M is
// running right now (sched's curg, the VM's tls_g); on any other thread it reports an
// empty stack, never another goroutine's frames.
#pragma once
#include <string>

#include "mem/pprof_heap.h"

namespace gs::mem {
class Heap;
}

namespace gs::vm {

struct Module;

// Installs the stack hook on heap's MemProfile for a run of module (which must outlive
// every allocation on heap that can be sampled).
// visible_rate: what the program's runtime.MemProfileRate starts at.
void install_mem_profile_stack(mem::Heap& heap, Module& module, int64_t visible_rate);

// pcs (as the hook recorded them) -> Go's function name, file and line. `main_file`:
// the path shown for the main package's file instead of the /tmp/prog.go tracebacks
// use ("" keeps it).
mem::PprofSymbolizer mem_profile_symbolizer(const Module& module, std::string main_file);

}  // namespace gs::vm
