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
//  * Poll instructions at function entry and loop back-edges check the stop/exit flag
//    and the G's preemption request, so Stop ends a runaway loop promptly and sysmon
//    can take the P from a goroutine that runs too long.
//  * The Machine is shared by every M of the run; what belongs to one goroutine lives
//    in its G, and what belongs to one M (the current G) in thread-local state.
#pragma once
#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "lib/host.h"
#include "lib/native.h"
#include "chan/chan.h"
#include "gc/gcenv.h"
#include "gc/mgc.h"
#include "trace/iface_snapshot.h"
#include "trace/mem_snapshot.h"
#include "sched/proc.h"
#include "sched/stackcopy.h"
#include "vm/module.h"
#include "vm/traceback.h"

namespace gs::mem {
class Heap;
}

namespace gs::vm {

struct Defer;
struct Panic;
class Machine;

// What a running time.Timer, Ticker or AfterFunc timer needs when it fires (Go: the
// timer's f and arg): a channel timer sends a Time on chan built with loc and the
// package's monotonic base; a func timer starts `go funcval()`. Owned by the Machine
// from start until the timer is stopped or a one-shot has fired; chan, loc and
// funcval are GC roots meanwhile.
struct TimerCall {
  Machine* machine;
  types::Word chan = 0;     // chan Time (channel timers)
  types::Word loc = 0;      // *time.Location stamped on the sent Time
  int64_t mono_base = 0;    // time.startNano: the monotonic reading's origin
  types::Word funcval = 0;  // func() (AfterFunc)
  bool periodic = false;
};

// Go: runtime.g — the scheduler's G plus the VM's execution state.
struct G : sched::G {
  const Func* fn = nullptr;  // executing function
  uint32_t pc = 0;           // next instruction
  uint8_t* fp = nullptr;     // frame base (lowest address of the frame)
  Defer* defers = nullptr;   // innermost first (Go: g._defer)
  Panic* panic = nullptr;    // innermost first (Go: g._panic)
  std::string print_buf;     // the print/println builtins' pending output (stderr)
  uint32_t polls = 0;        // safe points passed (the loop yields every 2^16)
  int host_depth = 0;        // nested loops on the C++ stack (fmt calling String())
  // The argument copies of the natives this G is inside, innermost first: while a
  // String method called by fmt waits (Scheduler::park_in_place) a collection can run,
  // and the native's copy may be all that holds what it prints (GC roots, scanned
  // conservatively).
  struct NativeArgs {
    const uint8_t* block;
    size_t size;
    const NativeArgs* outer;
  };
  const NativeArgs* native_args = nullptr;
  bool yield_at_entry = false;  // the last counted Yield came from a function-entry poll
  bool is_main = false;
  uint8_t main_stage = 0;    // main goroutine: 0 running package init, 1 running main.main
  bool goexit_done = false;  // runtime.Goexit ran every deferred call: the G ends
  // Go: gp.sig/gp.sigpc — a nil dereference here is, in Go, a SIGSEGV turned into a
  // panic (sigpanic); the pc it faulted at (0: none). A fatal panic prints the signal.
  uint64_t sigpc = 0;
  // Go: gcAssistBytes — allocation this goroutine may still do during the current mark
  // phase before it must assist (negative: its debt). Only its M touches it while it
  // runs (mallocgc charges it); the collector zeroes it with the world stopped.
  int64_t gc_assist_bytes = 0;
  // What to finish when the G runs again after parking (the instruction at pc - 1).
  enum class Resume : uint8_t { None, ChanSend, ChanRecv, Select, Rerun } resume = Resume::None;
  sched::Sudog* resume_sg = nullptr;
  std::unique_ptr<chan::SelectWait> select_wait;
  int64_t sleep_until = 0;   // time.Sleep: when its timer fires
  const Func* creator = nullptr;  // the function whose go statement made it
  uint32_t creator_pc = 0;
  int64_t creator_goid = 0;
  bool gc_requested = false;  // the heap crossed the GC trigger while this G allocated
  bool runs_finalizer = false;  // the finalizer goroutine (vm/mfinal.cpp)
};

// A finalizer set by runtime.SetFinalizer (vm/mfinal.cpp).
struct Finalizer {
  uintptr_t obj = 0;                  // the object's address as SetFinalizer got it
  types::Word fn = 0;                 // the finalizer's funcval
  const types::Type* obj_type = nullptr;  // the pointer type it was set with
  const types::Type* param = nullptr;     // the finalizer's parameter type
};

// The goroutine the calling M is running (nested host calls find their G here).
extern thread_local G* tls_g;

struct MachineOptions {
  uint64_t max_stack = sched::kDefaultMaxStack;  // debug.SetMaxStack
  std::string gotraceback = "single";            // GOTRACEBACK
  std::vector<std::string> args{"/tmp/prog"};    // os.Args
  std::vector<std::string> env;                  // os.Environ: "KEY=value", in order
  sched::SchedOptions sched;                     // GOMAXPROCS, GODEBUG knobs, the thread pool
  gc::GcEnv gc;                                  // GOGC, GOMEMLIMIT, GODEBUG=gctrace,...
};

class Machine : public lib::Host, public sched::Executor, public gc::RootSource {
 public:
  using Writer = std::function<void(int fd, std::string_view bytes)>;
  Machine(Module& module, Writer writer, MachineOptions options = {});
  ~Machine() override;

  // Runs the program: the calling thread becomes m0 of a scheduler whose main
  // goroutine runs package initialisation and main.main. Returns the exit status
  // (0, os.Exit's code, 2 after a fatal panic/error or Stop).
  int run_main();
  // Asks the running program to stop at its next safe point (Stop button).
  void request_stop();

  // sched::Executor
  sched::Stopped execute(sched::G* gp) override;
  void free_g(sched::G* gp) override;
  void fatal(const std::string& msg) override;
  void write_stderr(const std::string& text) override { writer_(2, text); }
  std::string describe_site(const void* fn, uint32_t pc) override;
  std::string describe_value(const types::Type* t, const void* p) override;
  std::string type_name(const types::Type* t) override;

  sched::Scheduler* scheduler() { return sched_.get(); }
  // A running timer's callback state (time.startChanTimer / startFuncTimer).
  TimerCall* new_timer_call(const TimerCall& c);
  void free_timer_call(const TimerCall* c);

  // ---- the garbage collector of this run (vm/gcroots.cpp, vm/gc_builtins.cpp)
  // gc::RootSource
  gc::RootSizes mark_roots(gc::RootScanner& scanner) override;
  void after_mark(const std::function<bool(const void*)>& is_marked) override;
  void compute_starting_stack_size();
  void mark_specials(gc::RootScanner& scanner) override;                           // vm/mfinal.cpp
  void maybe_shrink_stack(G& g, uint32_t status);  // at the GC's root scan (vm/gcroots.cpp)
  // Pushes the words of g's deferred calls that may point into its stack onto
  // g.stack.word_roots, for a stack copy to adjust (the caller clears them after).
  void collect_defer_roots(G& g);
  void queue_finalizers(const std::function<bool(const void*)>& is_marked,
                        const std::function<void(const void*)>& resurrect) override;
  // The collector's statistics for panels, without blocking (false: try next frame);
  // after the run, the ones it ended with.
  // The latest memory snapshot (allocator, MemStats, collector, stacks), from any
  // thread, without blocking (nullptr this instant if the publisher holds the slot).
  std::shared_ptr<const trace::MemSnapshot> mem_snapshot() const {
    std::unique_lock<std::mutex> lock(mem_snap_mu_, std::try_to_lock);
    if (!lock.owns_lock()) return nullptr;
    return mem_snap_;
  }
  // The latest picture of the itab cache (the Interfaces view), as mem_snapshot().
  std::shared_ptr<const trace::IfaceSnapshot> iface_snapshot() const {
    std::unique_lock<std::mutex> lock(iface_snap_mu_, std::try_to_lock);
    if (!lock.owns_lock()) return nullptr;
    return iface_snap_;
  }
  void publish_runtime_snapshots() override;  // sched::Executor (sysmon's thread)
  mem::MCache* new_p_mcache(int32_t p_id) override;                // sched::Executor: a P's mcache
  void release_p_mcache(mem::MCache* c) override;
  // The GC panel's knobs: stored now, applied on sysmon's thread at its next snapshot
  // (so the UI never waits for a collection in progress). INT32_MIN / INT64_MIN: no change.
  void request_gc_knobs(int32_t gogc, int64_t memory_limit) {
    pending_gogc_.store(gogc, std::memory_order_relaxed);
    pending_memory_limit_.store(memory_limit, std::memory_order_relaxed);
  }
  bool gc_snapshot(gc::GcSnapshot* out) {
    if (gc::Collector* c = gc_ptr_.load(std::memory_order_acquire)) return c->snapshot(out);
    if (!final_gc_snapshot_) return false;
    *out = *final_gc_snapshot_;
    return true;
  }
  // The latest scheduler snapshot, from any thread, without blocking (nullptr when
  // none is available this instant); after the run, the one taken as it ended.
  std::shared_ptr<const sched::SchedSnapshot> snapshot() const {
    if (sched::Scheduler* s = sched_ptr_.load(std::memory_order_acquire)) return s->snapshot();
    return final_snapshot_;
  }

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
  // Park/Gosched/Preempt/Goexit: the G stops running on this M (see execute()).
  enum class Status { Returned, Exit, Yield, Park, Gosched, Preempt, Goexit };
  // Runs a nested loop (a host call): it ends in Returned or Exit. A goroutine cannot
  // switch away from the middle of a C++ call, so a park in there waits on this M
  // (Scheduler::park_in_place) and a yield or preemption is ignored.
  Status run_loop(G& g);

 private:
  friend struct Interp;
  Status loop(G& g);  // runs until the frame marked kFrameHostCall returns, or exit
  class GcWorld;
  void start_collector();
  void stop_collector();
  static void gc_trigger_hook(void* self);
  void reset_assist_credit() override;
  bool gc_at_safe_point(G& g);  // false: another world-stopper is busy, yield to it
  enum class BuiltinResult { Continue, Exit, Park, Gosched, Goexit, YieldRerun };
  BuiltinResult proc_builtin(G& g, const Func* f, uint8_t* args);  // vm/proc_builtins.cpp
  bool gc_builtin(G& g, const Func* f, uint8_t* args, BuiltinResult* result);  // vm/gc_builtins.cpp
  bool finish_resume(G& g);   // completes the operation a G parked in; false: exit
  bool go_statement(G& g, const Func* callee, const uint8_t* args, types::Word ctx);
  // Starts a goroutine running funcval(args) (timers; finalizers with runs_finalizer).
  G* start_goroutine_with(const types::Word funcval, const void* arg_block, size_t n, bool runs_finalizer = false,
                          bool system = false);
  // Timer callbacks (arg: a TimerCall): a channel timer's send, AfterFunc's `go f()`.
  static void timer_send_time(void* arg, int64_t now);
  static void timer_go_func(void* arg, int64_t now);
  BuiltinResult set_finalizer(G& g, const uint8_t* args);  // vm/mfinal.cpp
  void out_of_memory(G& g, uint64_t bytes);  // Go's "fatal error: out of memory" (vm/panic.cpp)
  void run_queued_finalizers();
  void finalizer_goroutine_done(G& g);
  Status park_or_fail(G& g, sched::WaitReason why, bool (*unlockf)(sched::G*, void*), void* lock);
  void start_goexit(G& g);
  void dump_goroutine(G& g, std::string& out, bool running);
  void flush_print(G& g);
  G* new_g();  // Go: gfget / malg — a recycled G or a new one, with a fresh stack (nullptr: out of memory)
  sched::StackContext stack_ctx();
  bool enter_call(G& g, const Func* callee, const uint8_t* args, uint32_t flags, types::Word ctx);
  bool grow_stack(G& g, uint64_t frame_size);
  void runtime_error(G& g, const std::string& msg, bool plain = false);
  void start_panic(G& g, lib::GoEface value);
  bool continue_panic(G& g);  // sets up the next deferred call; false: fatal exit
  void fatal_panic(G& g);
  void fatal_error(G& g, const std::string& msg);  // Go's throw: "fatal error: msg", traceback, exit 2
  void print_panic_value(const lib::GoEface& v, std::string& out);
  void traceback(G& g, std::string& out, const std::string& state = "running");
  std::string eface_error_text(const lib::GoEface& v);
  const Itab* assert_itab(const types::Type* inter, const types::Type* t, bool* ok);
  bool native_builtin(G& g, const Func* f, uint8_t* args);  // body-less runtime functions (os.exit, ...)
  lib::GoEface make_string_eface(const std::string& s);
  bool invoke_defer(G& g, Defer* d, uint32_t flags);
  bool after_panic_defer(G& g);
  void runtime_error_plain_iface(G& g, const std::string& msg);
  void print_value(G& g, const uint8_t* p, uint16_t kind);

  Module& m_;
  Writer writer_;
  MachineOptions options_;
  // GOTRACEBACK as it stands (Go's traceback_cache bits): the environment's, raised by
  // runtime/debug.SetTraceback. Read by any M printing a traceback.
  uint32_t traceback_env_ = 0;
  std::atomic<uint32_t> traceback_cache_{0};
  std::string_view gotraceback() const { return traceback_name(traceback_cache_.load(std::memory_order_relaxed)); }
  std::atomic<bool> stop_{false};
  std::atomic<int> exit_code_{0};
  // Set by whichever M ends the program; every M's loop stops at its next check.
  std::atomic<bool> exiting_{false};
  sched::StackAllocator stacks_;
  sched::StackCache m0_stack_cache_;  // for stacks made off the scheduler's Ms
  std::unique_ptr<sched::FrameWalker> walker_;
  std::unique_ptr<sched::Scheduler> sched_;
  std::atomic<sched::Scheduler*> sched_ptr_{nullptr};  // published while the scheduler runs (Stop reads it)
  std::shared_ptr<const sched::SchedSnapshot> final_snapshot_;  // written before sched_ptr_ is cleared
  mem::Heap* heap_ = nullptr;       // the run's heap, bound on every M
  std::unique_ptr<gc::World> gc_world_;
  std::unique_ptr<gc::Collector> gc_;
  std::atomic<gc::Collector*> gc_ptr_{nullptr};  // published while the run lives
  std::unique_ptr<gc::GcSnapshot> final_gc_snapshot_;
  std::atomic<int32_t> pending_gogc_{INT32_MIN};
  std::atomic<int64_t> pending_memory_limit_{INT64_MIN};
  mutable std::mutex mem_snap_mu_;
  std::shared_ptr<const trace::MemSnapshot> mem_snap_;
  mutable std::mutex iface_snap_mu_;
  std::shared_ptr<const trace::IfaceSnapshot> iface_snap_;
  void publish_iface_snapshot();  // iface_snapshot.cpp
  // Go: gFree and allgs. A G is never deleted while the run lives (sysmon may still
  // hold its address); a finished one waits here for reuse.
  std::mutex finalizers_mu_;
  std::unordered_map<uintptr_t, Finalizer> specials_;  // Go: finalizer specials
  std::deque<Finalizer> finq_;                         // Go: finq
  bool fing_running_ = false;
  std::mutex timer_calls_mu_;
  std::unordered_map<const TimerCall*, std::unique_ptr<TimerCall>> timer_calls_;

  std::mutex gfree_mu_;
  // Go's adaptive initial stack size (stack.go: startingStackSize, on by default since
  // Go 1.19; GODEBUG=adaptivestackstart=0 turns it off): the stack a recycled G starts
  // with, recomputed at each mark termination from the average stack in use that the
  // cycle's root scan saw (mark_roots accumulates, the world stopped; after_mark reads).
  std::atomic<uint64_t> starting_stack_size_{sched::kFixedStack};
  uint64_t scanned_stack_bytes_ = 0;
  uint64_t scanned_stacks_ = 0;
  std::vector<G*> gfree_;  // Go: sched.gFree — dead Gs no P keeps (each P has its own list too)
  static constexpr size_t kGfreeMax = 64;    // Go: a P keeps at most 64 dead Gs
  static constexpr size_t kGfreeBatch = 32;  // and refills 32 at a time
  std::vector<std::unique_ptr<G>> allgs_;
};

}  // namespace gs::vm
