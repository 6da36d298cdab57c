// interp.h — the VM: runs a compiled Module's goroutines, one frame per call on the
// goroutine's own Go stack (DESIGN.md seams 4, 5, 7).
//
// Invariants:
//  * A goroutine's execution state is data: (func, pc, fp) plus its stack, defer and
//    panic chains live in G; nothing of a goroutine lives on the host C++ stack
//    between instructions except while a C++ helper (a native, fmt calling String())
//    runs, which re-enters the loop with a host-call frame.
//  * Every call checks the callee's frame against stackguard0 before entering it
//    (the prologue); a failing check grows the stack by copying (sched/stackcopy) or,
//    when stackguard0 holds kStackPreempt, services a preemption request.
//  * Poll instructions at function entry and loop back-edges check the stop/preempt
//    flag, so Stop ends a runaway loop promptly.
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lib/host.h"
#include "lib/native.h"
#include "sched/stackcopy.h"
#include "vm/module.h"

namespace gs::vm {

struct Defer;
struct Panic;

// Go: runtime.g, the part the VM needs before the scheduler lands (issue 4 adds
// status, wait reasons, the M/P links).
struct G {
  int64_t goid = 1;
  sched::GStack stack;
  const Func* fn = nullptr;  // executing function
  uint32_t pc = 0;           // next instruction
  uint8_t* fp = nullptr;     // frame base (lowest address of the frame)
  Defer* defers = nullptr;   // innermost first (Go: g._defer)
  Panic* panic = nullptr;    // innermost first (Go: g._panic)
};

struct MachineOptions {
  uint64_t max_stack = sched::kDefaultMaxStack;  // debug.SetMaxStack
  std::string gotraceback = "single";            // GOTRACEBACK
  std::vector<std::string> args{"/tmp/prog"};    // os.Args
};

class Machine : public lib::Host {
 public:
  using Writer = std::function<void(int fd, std::string_view bytes)>;
  Machine(Module& module, Writer writer, MachineOptions options = {});
  ~Machine() override;

  // Runs package initialisation and main.main on the calling thread; returns the
  // exit status (0, os.Exit's code, 2 after a fatal panic/error).
  int run_main();
  // Asks the running program to stop at its next safe point (Stop button).
  void request_stop() { stop_.store(true, std::memory_order_relaxed); }

  // lib::Host
  int64_t write(int fd, std::string_view bytes) override;
  bool call_string_method(const types::Type* t, const void* value, std::string_view name, std::string& out,
                          bool* panicked) override;
  const void* itab(const types::Type* inter, const types::Type* t) override {
    std::string missing;
    return m_.getitab(inter, t, &missing);
  }
  void map_entries(const types::Type* mt, types::Word map_word,
                   std::vector<std::pair<const void*, const void*>>& out) override;

  // Result of running the loop.
  // Returned: the host-call frame returned. Exit: the program ends. Yield: the loop
  // stopped at a safe point and must be called again — it does so every 2^16 polls,
  // which lets WebAssembly engines without on-stack replacement (V8) switch a
  // long-running loop to its optimised code, and is where the scheduler will switch Gs.
  enum class Status { Returned, Exit, Yield };
  Status run_loop(G& g) {
    Status s;
    while ((s = loop(g)) == Status::Yield) {
    }
    return s;
  }

 private:
  friend struct Interp;
  Status loop(G& g);  // runs until the frame marked kFrameHostCall returns, or exit
  bool enter_call(G& g, const Func* callee, const uint8_t* args, uint32_t flags, types::Word ctx);
  bool grow_stack(G& g, uint64_t frame_size);
  void runtime_error(G& g, const std::string& msg, bool plain = false);
  void start_panic(G& g, lib::GoEface value);
  bool continue_panic(G& g);  // sets up the next deferred call; false: fatal exit
  void fatal_panic(G& g);
  void fatal_error(G& g, const std::string& msg);  // Go's throw: "fatal error: msg", traceback, exit 2
  void print_panic_value(const lib::GoEface& v, std::string& out);
  void traceback(G& g, std::string& out);
  std::string eface_error_text(const lib::GoEface& v);
  const Itab* assert_itab(const types::Type* inter, const types::Type* t, bool* ok);
  bool native_builtin(G& g, const Func* f, uint8_t* args);  // body-less runtime functions (os.exit, ...)
  lib::GoEface make_string_eface(const std::string& s);
  bool invoke_defer(G& g, Defer* d, uint32_t flags);
  bool after_panic_defer(G& g);
  void runtime_error_plain_iface(G& g, const std::string& msg);
  void print_value(const uint8_t* p, uint16_t kind);

  Module& m_;
  Writer writer_;
  MachineOptions options_;
  std::atomic<bool> stop_{false};
  int exit_code_ = 0;
  bool exiting_ = false;
  sched::StackAllocator stacks_;
  sched::StackCache stack_cache_;
  std::unique_ptr<sched::FrameWalker> walker_;
  G* current_ = nullptr;
  std::string print_buf_;
  uint32_t polls_ = 0;  // the print/println builtins' pending output (stderr)
};

}  // namespace gs::vm
