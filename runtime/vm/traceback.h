// traceback.h — reading a goroutine's stack the way Go's runtime does (Go:
// traceback.go, symtab.go, extern.go): the frames of a G innermost first, the program
// counters runtime.Callers hands out, what FuncForPC/CallersFrames make of them, and
// the goroutine traceback text of panics, fatal errors, runtime.Stack and
// runtime/debug.Stack in Go 1.23's format.
//
// Invariants:
//  * A pc value is `entry + 4 * i`: entry is the function's start in a made-up text
//    segment (bytecode function k of the module starts at kTextBase + k * kFuncSpan;
//    the few runtime functions we show without executing them, such as
//    runtime.gopanic, start at kSyntheticBase + s * kSyntheticSpan) and i indexes the
//    instruction that runs next — the return address of a call, as in Go. So
//    FuncForPC(pc) is exact and pc - 1 lies in the calling instruction.
//  * The walk only reads a G's frames (saved fp / Func* / pc|flags in each header); it
//    needs the G stopped: the calling G itself, or any G while the world is stopped.
//  * Output text follows Go 1.23 byte for byte except the "+0x…" offsets (ours count
//    bytecode instructions, 4 bytes each) and the argument words (our frame's values,
//    marked "?" by an approximation of Go's spill-slot liveness).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "vm/bytecode.h"

namespace gs::sched {
class Scheduler;
}

namespace gs::vm {

struct G;
struct Panic;
struct Module;
struct GoSite;

// Where the Go toolchain we reproduce keeps its sources: paths of runtime and
// standard-library frames print under it, as tracebacks of Go 1.23 on Debian do.
inline constexpr std::string_view kGoroot = "/usr/lib/go-1.23";

inline constexpr uint64_t kTextBase = 0x1000000;      // entry of bytecode function 0
inline constexpr uint64_t kFuncSpan = 0x1000000;      // room for 4M instructions each
inline constexpr uint64_t kSyntheticBase = 0x401000;  // entry of synthetic function 0
inline constexpr uint64_t kSyntheticSpan = 0x1000;

// Runtime functions that appear in Go's stacks but have no bytecode here.
enum class SyntheticFunc : int8_t {
  None = -1,
  Callers,           // runtime.Callers (frame 0 of runtime.Callers(0, pcs))
  Main,              // runtime.main, below main.main
  Goexit0,           // runtime.goexit, the bottom of every goroutine
  Gopanic,           // runtime.gopanic, printed "panic(...)", between a panicking frame and its deferred call
  Goexit,            // runtime.Goexit, between its caller and the deferred calls it runs
  DebugStack,        // runtime/debug.Stack
  Count,
};

// One logical frame, innermost first.
struct StackFrame {
  const Func* fn = nullptr;                   // a bytecode function, or nullptr (synthetic)
  SyntheticFunc synthetic = SyntheticFunc::None;
  uint32_t pc = 0;                            // fn: index of the next instruction (0: not started)
  const uint8_t* fp = nullptr;                // fn: the frame (arguments at fp + kFrameHeader)
  const Panic* panic = nullptr;               // Gopanic: the panic whose deferred call sits above
  bool innermost = false;                     // the G's own current frame
  bool panicking = false;                     // stopped where a panic started
  const GoSite* site = nullptr;               // printed as Go's binary shows it (traceback_sites.h)
};

// Walks a stopped G's frames innermost first. With bottom, the runtime frames Go
// has under every goroutine (runtime.main for the main goroutine, runtime.goexit)
// come last, as runtime.Callers reports them.
class FrameCursor {
 public:
  // top: a runtime function shown above the G's current frame (runtime/debug.Stack).
  FrameCursor(const G& g, bool bottom, SyntheticFunc top = SyntheticFunc::None);
  bool next(StackFrame* out);

 private:
  const G& g_;
  const Func* fn_;
  const uint8_t* fp_;
  uint32_t pc_;
  const Panic* panic_;
  bool bottom_;
  bool first_ = true;
  int tail_ = 0;             // bottom frames already produced
  StackFrame pending_;       // a synthetic frame to produce before fn_
  bool has_pending_ = false;
  bool after_panic_ = false;  // the frame produced last was runtime.gopanic
};

// pc values (see the invariant above).
uint64_t frame_pc(const Module& m, const StackFrame& f);
struct PcFunc {
  const Func* fn = nullptr;  // a bytecode function, or nullptr with synthetic set
  SyntheticFunc synthetic = SyntheticFunc::None;
  uint64_t entry = 0;
};
// The function containing pc; false for a pc of no function.
bool lookup_pc(const Module& m, uint64_t pc, PcFunc* out);
// Go's name, file and line (Func.Name, Func.FileLine) of a function at pc.
std::string pc_func_name(const PcFunc& f);
std::string pc_func_file(const PcFunc& f);
int pc_func_line(const PcFunc& f, uint64_t pc);

// "goroutine N [state]:\n" and its frames, then "created by …" (Go: goroutineheader
// + traceback1). state: Go's status or wait-reason text; empty: computed from the G.
// top: as for FrameCursor.
void print_goroutine(const Module& m, const G& g, std::string& out, std::string_view state = {},
                     SyntheticFunc top = SyntheticFunc::None);
// The frames and "created by" lines only (Go: traceback1's output).
void print_frames(const Module& m, const G& g, std::string& out, SyntheticFunc top = SyntheticFunc::None);

// ---- GOTRACEBACK (Go: runtime1.go's traceback_cache, set by the environment and
// runtime/debug.SetTraceback, which can raise the level but never lower it below the
// environment's) ----
uint32_t parse_traceback(std::string_view level);  // Go's bits: crash 1, all 2, level << 2
std::string_view traceback_name(uint32_t bits);     // none, single, all, system or crash

// ---- the body-less functions of package runtime and runtime/debug done here ----
// (listed in builtins.h; Machine::proc_builtin hands every call to stack_builtin first).
bool is_stack_builtin(std::string_view qualified_name);
enum class StackBuiltin { NotMine, Done, Retry };  // Retry: yield and call again (world busy)
struct StackEnv {
  const Module& module;
  sched::Scheduler* sched;  // for runtime.Stack(buf, true): stops the world
};
StackBuiltin stack_builtin(const StackEnv& env, G& g, const Func* f, uint8_t* args);

}  // namespace gs::vm
