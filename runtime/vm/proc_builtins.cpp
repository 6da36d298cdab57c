// proc_builtins.cpp — where the VM meets the scheduler: running a G on an M
// (Executor::execute), finishing an operation a G parked in, the go statement, the
// goroutine dump of a fatal error, and the body-less runtime/sync/time functions of
// builtins.h (Go: proc.go's newproc/Gosched/Goexit, sema.go's sync_runtime_*, time.go's
// timeSleep and the timer functions package time links to).
//
// Invariant: a goroutine parks only from its own loop at depth zero (no C++ frames of
// a host call in between); its state (fn, pc, fp) is saved in the G before the loop
// returns Status::Park, so another M can resume it.
#include <cerrno>
#include <cstring>
#include <ctime>
#include <thread>
#include <unistd.h>
#include <unordered_map>

#include "chan/chan.h"
#include "mem/malloc.h"
#include "sched/sema.h"
#include "vm/interp.h"
#include "vm/memory.h"
#include "vm/panic.h"
#include "vm/traceback.h"

namespace gs::vm {

using types::Word;

namespace {
thread_local G* tls_running = nullptr;

// Monotonic nanoseconds as package time sees them (Go: nanotime, offset so that the
// first reading is small and positive).
// In deterministic mode the clock is the scheduler's virtual one.
int64_t runtime_nano(const sched::Scheduler* s) { return s->now_ns() - s->start_ns() + 1; }

void ready_after_sleep(void* arg, int64_t) { sched::Scheduler::current()->ready(static_cast<sched::G*>(arg)); }

// The wall clock as time.now reports it: real time, or in deterministic mode the
// playground's 2009-11-10 23:00:00 UTC plus the virtual time.
struct WallClock {
  int64_t sec;
  int32_t nsec;
};
WallClock wall_clock(const sched::Scheduler* s) {
  if (s->deterministic()) {
    int64_t since = s->now_ns() - s->start_ns();
    return {sched::Scheduler::kFaketimeEpochSec + since / 1'000'000'000, static_cast<int32_t>(since % 1'000'000'000)};
  }
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return {static_cast<int64_t>(ts.tv_sec), static_cast<int32_t>(ts.tv_nsec)};
}

// time.Time's encoding (lib/go/time.go): wall holds a has-monotonic flag, 33 bits of
// seconds since 1885 and 30 bits of nanoseconds, ext the monotonic reading; outside
// 1885..2157 wall holds only the nanoseconds and ext the seconds since year 1.
void encode_time(uint8_t* out, int64_t unix_ns, int64_t mono, Word loc) {
  constexpr int64_t kDay = 86400;
  constexpr int64_t kUnixToInternal = (1969LL * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * kDay;
  constexpr int64_t kWallToInternal = (1884LL * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * kDay;
  int64_t sec = unix_ns / 1'000'000'000, nsec = unix_ns % 1'000'000'000;
  if (nsec < 0) sec--, nsec += 1'000'000'000;
  int64_t since1885 = sec + kUnixToInternal - kWallToInternal;
  uint64_t wall;
  int64_t ext;
  if (static_cast<uint64_t>(since1885) >> 33 != 0) {
    wall = static_cast<uint64_t>(nsec);
    ext = sec + kUnixToInternal;
  } else {
    wall = 1ULL << 63 | static_cast<uint64_t>(since1885) << 30 | static_cast<uint64_t>(nsec);
    ext = mono;
  }
  std::memcpy(out, &wall, 8);
  std::memcpy(out + 8, &ext, 8);
  std::memcpy(out + 16, &loc, 8);
}


// The host's blocking sleep for syscall.Nanosleep: the calling thread really blocks
// (natively in nanosleep(2); in the browser in a futex wait with a timeout on a private
// word, which blocks the Web Worker). It wakes at least every 50 ms to notice the end of
// the program, so a long sleep never holds a run's thread past Stop.
void host_blocking_sleep(int64_t ns, const std::atomic<bool>& stop, const sched::Scheduler* s) {
  constexpr int64_t kSlice = 50'000'000;
  int64_t deadline = os::nanotime() + ns;
  for (;;) {
    int64_t left = deadline - os::nanotime();
    if (left <= 0 || stop.load(std::memory_order_relaxed) || s->exiting()) return;
    int64_t chunk = left < kSlice ? left : kSlice;
#if defined(__EMSCRIPTEN__)
    os::Note private_word;  // nobody wakes it: only the timeout ends the wait
    private_word.tsleep(chunk);
#else
    timespec req{static_cast<time_t>(chunk / 1'000'000'000), static_cast<long>(chunk % 1'000'000'000)};
    timespec rem{};
    while (::nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
#endif
  }
}


}  // namespace



sched::Stopped Machine::execute(sched::G* sgp) {
  G& g = *static_cast<G*>(sgp);
  G* saved = tls_running;
  tls_running = &g;
  tls_g = &g;
  // mallocgc charges this goroutine's allocations while the collector marks; the
  // binding ends with this call, whichever way it returns.
  struct BindCredit {
    int64_t* previous;
    ~BindCredit() { mem::bind_assist_credit(previous); }
  } bind_credit{mem::bind_assist_credit(&g.gc_assist_bytes)};
  if (heap_ && mem::current_heap() != heap_) {
    // Each M binds the run's heap once; the binding lasts for the thread's M job.
    static thread_local std::unique_ptr<mem::BindHeap> bound;
    bound.reset();
    bound = std::make_unique<mem::BindHeap>(heap_);
  }
  lib::current_host() = this;
  sched::Stopped result = sched::Stopped::ExitProgram;
  if (g.resume != G::Resume::None && !finish_resume(g)) {
    tls_running = saved;
    return g.goexit_done ? sched::Stopped::Exited : sched::Stopped::ExitProgram;
  }
  for (;;) {
    if (exiting_.load(std::memory_order_relaxed)) {
      result = sched::Stopped::ExitProgram;
      break;
    }
    Status s = loop(g);
    if (s == Status::Yield) {
      // Every 2^16 safe points. In deterministic mode this counted poll is the time
      // slice (sysmon's 10 ms wall-clock preemption is off): the G is preempted here.
      // With GODEBUG=asyncpreemptoff=1 only a function entry may preempt (Go's
      // cooperative preemption): a loop without calls keeps its P, as in Go.
      if (sched_->deterministic() && g.host_depth == 0 &&
          (g.yield_at_entry || !options_.sched.asyncpreemptoff)) {
        result = sched::Stopped::Preempted;
        break;
      }
      continue;
    }
    if (s == Status::Park) {
      result = sched::Stopped::Parked;
      break;
    }
    if (s == Status::Gosched) {
      // A system call that came back to no free P left its G in _Gsyscall.
      result = sched::readgstatus(&g) == sched::Gsyscall ? sched::Stopped::SyscallExit : sched::Stopped::Yielded;
      break;
    }
    if (s == Status::Preempt) {
      // The heap reached the GC trigger while this G allocated: collect here, at a
      // safe point, then carry on (unless another world-stopper needs us stopped).
      const bool poked = g.gc_poke.exchange(false, std::memory_order_relaxed);
      if ((g.gc_requested || (gc_ && (gc_->mark_done_pending() || gc_->periodic_pending()))) && gc_at_safe_point(g)) {
        run_queued_finalizers();
        continue;
      }
      // Asked for a GC safe point that another goroutine has already served: carry on
      // (yielding would reorder goroutines where Go would not). A sysmon request that
      // coincided is dropped this once; sysmon asks again on its next tick.
      if (poked) continue;
      result = sched::Stopped::Preempted;
      break;
    }
    if (s == Status::Exit) {
      result = g.goexit_done && !exiting_ ? sched::Stopped::Exited : sched::Stopped::ExitProgram;
      break;
    }
    // Returned: the goroutine's bottom frame returned.
    if (g.is_main && g.main_stage == 0 && m_.main_func >= 0) {
      g.main_stage = 1;
      g.fn = nullptr;
      g.pc = 0;
      // The sentinel frame pointer is the stack's top (the stack may have moved).
      g.fp = ptr(static_cast<Word>(g.stack.stack.hi));
      if (!enter_call(g, m_.funcs[m_.main_func].get(), nullptr, kFrameHostCall, 0)) {
        result = sched::Stopped::ExitProgram;
        break;
      }
      continue;
    }
    flush_print(g);
    if (g.is_main) {
      // main.main returned: the program ends now, whatever other goroutines do.
      exiting_.store(true);
      result = sched::Stopped::ExitProgram;
    } else {
      result = sched::Stopped::Exited;
    }
    break;
  }
  if (result == sched::Stopped::Exited && g.runs_finalizer) finalizer_goroutine_done(g);
  // Where it stopped, for the Goroutines panel (the G's own fields are not read by
  // other threads).
  g.where_fn.store(g.fn, std::memory_order_release);
  g.where_pc.store(g.pc, std::memory_order_relaxed);
  g.stack_bytes.store(g.stack.stack.size(), std::memory_order_relaxed);
  g.stack_grows.store(g.stack.grow_count, std::memory_order_relaxed);
  tls_running = saved;
  return result;
}

Machine::Status Machine::park_or_fail(G& g, sched::WaitReason why, bool (*unlockf)(sched::G*, void*), void* lock) {
  // (Inside a host call — fmt calling a String method — run_loop turns the Park into a
  // park that keeps this M: see Scheduler::park_in_place.)
  sched_->prepare_park(&g, why, unlockf, lock);
  return Status::Park;
}

Machine::Status Machine::run_loop(G& g) {
  for (;;) {
    Status s = loop(g);
    if (s == Status::Yield || s == Status::Preempt || s == Status::Gosched) continue;
    if (s != Status::Park) return s;
    // A C++ frame sits between this goroutine's Go code and the scheduler: it waits
    // here, on this thread, and carries on where it stopped once it is readied.
    if (!sched_->park_in_place(&g)) return Status::Exit;
    if (g.resume != G::Resume::None && !finish_resume(g)) return Status::Exit;
  }
}

bool Machine::finish_resume(G& g) {
  G::Resume r = g.resume;
  g.resume = G::Resume::None;
  if (r == G::Resume::Rerun) return true;  // the call instruction runs again
  const Instr& in = g.fn->code[g.pc - 1];
  uint8_t* fp = g.fp;
  switch (r) {
    case G::Resume::ChanSend: {
      sched::Sudog* sg = g.resume_sg;
      g.resume_sg = nullptr;
      if (!chan::chansend_finish(&g, sg)) {
        runtime_error(g, "send on closed channel", true);
        return !exiting_;
      }
      return true;
    }
    case G::Resume::ChanRecv: {
      sched::Sudog* sg = g.resume_sg;
      g.resume_sg = nullptr;
      bool ok = chan::chanrecv_finish(&g, sg);
      if (in.c >= 0) st<uint64_t>(fp + in.c, ok ? 1 : 0);
      return true;
    }
    case G::Resume::Select: {
      bool recv_ok = false;
      const char* msg = nullptr;
      int casi = chan::select_finish(&g, g.select_wait.get(), &recv_ok, &msg);
      if (msg) {
        runtime_error(g, msg, true);
        return !exiting_;
      }
      st<int64_t>(fp + in.c, casi);
      st<uint64_t>(fp + in.d, recv_ok ? 1 : 0);
      return true;
    }
    default: return true;
  }
}

bool Machine::go_statement(G& g, const Func* callee, const uint8_t* args, Word ctx) {
  G* ng = new_g();
  if (!ng) {
    writer_(2, "fatal error: out of memory\n");
    exit_code_ = 2;
    exiting_ = true;
    return false;
  }
  ng->creator = g.fn;
  ng->creator_pc = g.pc;
  ng->creator_goid = g.goid;
  ng->set_origin(callee->name,
                 g.fn ? g.fn->name + " " + g.fn->file + ":" + std::to_string(g.fn->line_at(g.pc > 0 ? g.pc - 1 : 0)) : "");
  ng->where_fn.store(callee, std::memory_order_relaxed);
  if (!enter_call(*ng, callee, args, kFrameHostCall, ctx)) {
    free_g(ng);
    return false;
  }
  sched_->newproc(ng);
  return true;
}

void Machine::start_goexit(G& g) {
  auto* p = new Panic;
  p->goexit = true;
  p->link = g.panic;
  p->fp = g.fp;
  g.panic = p;
  if (!continue_panic(g)) {
    // No deferred calls left: the goroutine is done.
    g.goexit_done = true;
  }
}

void Machine::fatal(const std::string& msg) {
  // Go's fatal (a user error found by the runtime, e.g. deadlock): the message and
  // every goroutine, each with its wait reason.
  std::string out = "fatal error: " + msg + "\n";
  sched_->for_each_g([&](sched::G* sgp) {
    G& g = *static_cast<G*>(sgp);
    if (g.system && gotraceback() != "system" && gotraceback() != "crash") return;
    flush_print(g);
    out += "\n";
    uint32_t st = sched::readgstatus(&g);
    std::string state = st == sched::Gwaiting ? sched::wait_reason_string(g.waitreason.load()) : sched::gstatus_name(st);
    traceback(g, out, state);
  });
  writer_(2, out);
  exit_code_ = 2;
  exiting_ = true;
}

// A channel timer fires (Go 1.23: sendTime, on the M running timers, no goroutine):
// the time it was due is sent without blocking; if the last value is still unread the
// new one is dropped (a slow ticker reader misses ticks).
void Machine::timer_send_time(void* arg, int64_t now) {
  auto* call = static_cast<TimerCall*>(arg);
  sched::Scheduler* s = call->machine->scheduler();
  int64_t late = s->now_ns() - now;  // how long since the timer was found due
  WallClock w = wall_clock(s);
  uint8_t value[24];
  encode_time(value, w.sec * 1'000'000'000 + w.nsec - late, runtime_nano(s) - late - call->mono_base, call->loc);
  auto* c = static_cast<chan::Hchan*>(types::ptr_from_word(call->chan));
  chan::Sudog* sg = nullptr;
  const char* panic_msg = nullptr;
  chan::chansend(c, value, /*block=*/false, nullptr, &sg, &panic_msg);
  if (!call->periodic) call->machine->free_timer_call(call);
}

// An AfterFunc timer fires (Go: goFunc): f starts in a goroutine of its own.
void Machine::timer_go_func(void* arg, int64_t) {
  auto* call = static_cast<TimerCall*>(arg);
  call->machine->start_goroutine_with(call->funcval, nullptr, 0, false, /*system=*/false);
  call->machine->free_timer_call(call);
}

TimerCall* Machine::new_timer_call(const TimerCall& c) {
  auto owned = std::make_unique<TimerCall>(c);
  TimerCall* p = owned.get();
  std::lock_guard<std::mutex> lock(timer_calls_mu_);
  timer_calls_.emplace(p, std::move(owned));
  return p;
}

void Machine::free_timer_call(const TimerCall* c) {
  std::lock_guard<std::mutex> lock(timer_calls_mu_);
  timer_calls_.erase(c);
}

G* Machine::start_goroutine_with(const Word funcval, const void* arg_block, size_t n, bool runs_finalizer,
                                 bool system) {
  uint8_t* fv = ptr(funcval);
  if (!fv) return nullptr;
  const Func* callee = reinterpret_cast<const Func*>(types::ptr_from_word(ld<Word>(fv)));
  G* ng = new_g();
  if (!ng) return nullptr;
  ng->set_origin(callee->name, "");
  std::vector<uint8_t> args(static_cast<size_t>(callee->params_size), 0);
  if (n > 0) std::memcpy(args.data(), arg_block, std::min(n, args.size()));
  if (!enter_call(*ng, callee, args.data(), kFrameHostCall, funcval)) {
    free_g(ng);
    return nullptr;
  }
  ng->runs_finalizer = runs_finalizer;  // before newproc: another M may run it at once
  ng->system = system;
  sched_->newproc(ng);
  return ng;
}

// ---- what snapshots show (sched::Executor) ----

std::string Machine::describe_site(const void* fnp, uint32_t pc) {
  const Func* f = static_cast<const Func*>(fnp);
  return f->name + " " + f->file + ":" + std::to_string(f->line_at(pc > 0 ? pc - 1 : 0));
}

std::string Machine::type_name(const types::Type* t) {
  using types::Kind;
  if (!t) return "nil";
  if (!t->name.empty()) return t->pkg_path.empty() ? t->name : t->pkg_path + "." + t->name;
  switch (t->kind) {
    case Kind::Pointer: return "*" + type_name(t->ptr_type()->elem);
    case Kind::Slice: return "[]" + type_name(t->slice_type()->elem);
    case Kind::Array: return "[" + std::to_string(t->array_type()->len) + "]" + type_name(t->array_type()->elem);
    case Kind::Chan: {
      const auto* ct = t->chan_type();
      std::string pre = ct->dir == types::ChanDir::Recv ? "<-chan " : ct->dir == types::ChanDir::Send ? "chan<- " : "chan ";
      return pre + type_name(ct->elem);
    }
    case Kind::Map: return "map[" + type_name(t->map_type()->key) + "]" + type_name(t->map_type()->elem);
    case Kind::Interface: return t->interface_type() && t->interface_type()->methods.empty() ? "interface {}" : "interface {...}";
    case Kind::Struct: return "struct {...}";
    case Kind::Func: return "func(...)";
    default: return types::kind_name(t->kind);
  }
}

std::string Machine::describe_value(const types::Type* t, const void* p) {
  // Plain values only: no String methods (this runs on sysmon's thread, not a G).
  using types::Kind;
  const auto* b = static_cast<const uint8_t*>(p);
  char buf[64];
  switch (t->kind) {
    case Kind::Bool: return ld<uint8_t>(b) ? "true" : "false";
    case Kind::Int: case Kind::Int64: return std::to_string(ld<int64_t>(b));
    case Kind::Int32: return std::to_string(ld<int32_t>(b));
    case Kind::Int16: return std::to_string(ld<int16_t>(b));
    case Kind::Int8: return std::to_string(ld<int8_t>(b));
    case Kind::Uint: case Kind::Uint64: case Kind::Uintptr: return std::to_string(ld<uint64_t>(b));
    case Kind::Uint32: return std::to_string(ld<uint32_t>(b));
    case Kind::Uint16: return std::to_string(ld<uint16_t>(b));
    case Kind::Uint8: return std::to_string(ld<uint8_t>(b));
    case Kind::Float64: std::snprintf(buf, sizeof buf, "%g", ld<double>(b)); return buf;
    case Kind::Float32: std::snprintf(buf, sizeof buf, "%g", static_cast<double>(ld<float>(b))); return buf;
    case Kind::String: {
      lib::GoString s = ld<lib::GoString>(b);
      std::string v(s.view().substr(0, 40));
      return "\"" + v + (s.len > 40 ? "…" : "") + "\"";
    }
    case Kind::Pointer: case Kind::Chan: case Kind::Map: case Kind::Func: case Kind::UnsafePointer: {
      uint64_t w = ld<uint64_t>(b);
      if (!w) return "nil";
      std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(w));
      return buf;
    }
    case Kind::Struct: return t->size == 0 ? "{}" : "{…}";
    default: return "…";
  }
}

Machine::BuiltinResult Machine::proc_builtin(G& g, const Func* f, uint8_t* args) {
  enum Id {
    Gosched, Goexit, NumGoroutine, Gomaxprocs, NumCPU, Semacquire, SemacquireWG, SemacquireMutex,
    SemacquireRWR, SemacquireRW, Semrelease, NotifyAdd, NotifyWait, NotifyAll, NotifyOne, CanSpin, DoSpin,
    SyncFatal, SyncThrow, Sleep, RuntimeNano, Now, StartChanTimer, StartFuncTimer, StopTimer,
    // system calls and thread wiring (issue 4)
    Nanosleep, Getpid, LockOSThread, UnlockOSThread, SetTraceback,
  };
  static const std::unordered_map<std::string, Id> ids = {
      {"runtime.Gosched", Gosched}, {"runtime.Goexit", Goexit}, {"runtime.NumGoroutine", NumGoroutine},
      {"runtime.GOMAXPROCS", Gomaxprocs}, {"runtime.NumCPU", NumCPU},
      {"sync.runtime_Semacquire", Semacquire}, {"sync.runtime_SemacquireWaitGroup", SemacquireWG},
      {"sync.runtime_SemacquireMutex", SemacquireMutex}, {"sync.runtime_SemacquireRWMutexR", SemacquireRWR},
      {"sync.runtime_SemacquireRWMutex", SemacquireRW}, {"sync.runtime_Semrelease", Semrelease},
      {"sync.runtime_notifyListAdd", NotifyAdd}, {"sync.runtime_notifyListWait", NotifyWait},
      {"sync.runtime_notifyListNotifyAll", NotifyAll}, {"sync.runtime_notifyListNotifyOne", NotifyOne},
      {"sync.runtime_canSpin", CanSpin}, {"sync.runtime_doSpin", DoSpin}, {"sync.fatal", SyncFatal},
      {"sync.throw", SyncThrow}, {"time.Sleep", Sleep}, {"time.runtimeNano", RuntimeNano}, {"time.now", Now},
      {"time.startChanTimer", StartChanTimer}, {"time.startFuncTimer", StartFuncTimer},
      {"time.stopTimer", StopTimer},
      {"syscall.nanosleep", Nanosleep}, {"syscall.Getpid", Getpid},
      {"runtime.lockOSThread", LockOSThread}, {"runtime.unlockOSThread", UnlockOSThread},
      {"runtime/debug.SetTraceback", SetTraceback},
  };
  // runtime.Caller/Callers/Stack/FuncForPC and runtime/debug.Stack (vm/traceback.cpp)
  switch (stack_builtin(StackEnv{m_, sched_.get()}, g, f, args)) {
    case StackBuiltin::NotMine: break;
    case StackBuiltin::Done: return BuiltinResult::Continue;
    case StackBuiltin::Retry: return BuiltinResult::YieldRerun;
  }
  auto it = ids.find(f->name);
  if (it == ids.end()) {
    BuiltinResult gc_result;
    if (gc_builtin(g, f, args, &gc_result)) return gc_result;
    return native_builtin(g, f, args) ? BuiltinResult::Exit : BuiltinResult::Continue;
  }
  uint8_t* res = args + f->results_off;
  auto addr32 = [&](int slot) { return static_cast<uint32_t*>(types::ptr_from_word(ld<Word>(args + 8 * slot))); };
  auto sema_acquire = [&](sched::WaitReason why, bool lifo) {
    void* lock = nullptr;
    if (sched_->sema().semacquire(addr32(0), &g, lifo, &lock)) return BuiltinResult::Continue;
    if (park_or_fail(g, why, sched::sema_park_commit, lock) == Status::Exit) return BuiltinResult::Exit;
    return BuiltinResult::Park;
  };
  switch (it->second) {
    case Gosched: return g.host_depth == 0 ? BuiltinResult::Gosched : BuiltinResult::Continue;
    case Goexit:
      start_goexit(g);
      if (g.goexit_done || exiting_) return BuiltinResult::Exit;
      return BuiltinResult::Goexit;
    case NumGoroutine: st<int64_t>(res, sched_->num_goroutine()); return BuiltinResult::Continue;
    case Gomaxprocs: {
      int old = sched_->gomaxprocs(static_cast<int>(ld<int64_t>(args)));
      if (old < 0) return g.host_depth == 0 ? BuiltinResult::YieldRerun : BuiltinResult::Continue;
      st<int64_t>(res, old);
      return BuiltinResult::Continue;
    }
    case NumCPU: {
      unsigned n = std::thread::hardware_concurrency();
      st<int64_t>(res, n ? n : 1);
      return BuiltinResult::Continue;
    }
    case Semacquire: return sema_acquire(sched::WaitReason::Semacquire, false);
    case SemacquireWG: return sema_acquire(sched::WaitReason::SyncWaitGroupWait, false);
    case SemacquireMutex: return sema_acquire(sched::WaitReason::SyncMutexLock, ld<uint8_t>(args + 8) != 0);
    case SemacquireRWR: return sema_acquire(sched::WaitReason::SyncRWMutexRLock, ld<uint8_t>(args + 8) != 0);
    case SemacquireRW: return sema_acquire(sched::WaitReason::SyncRWMutexLock, ld<uint8_t>(args + 8) != 0);
    case Semrelease: {
      bool handoff = ld<uint8_t>(args + 8) != 0;
      sched_->sema().semrelease(addr32(0), handoff);
      // Go: a hand-off yields so the woken waiter runs at once.
      if (handoff && g.host_depth == 0) return BuiltinResult::Gosched;
      return BuiltinResult::Continue;
    }
    case NotifyAdd: st<uint32_t>(res, sched_->sema().notify_list_add(addr32(0))); return BuiltinResult::Continue;
    case NotifyWait: {
      uint32_t* l = addr32(0);
      void* lock = nullptr;
      if (sched_->sema().notify_list_wait(l, l + 1, ld<uint32_t>(args + 8), &g, &lock)) return BuiltinResult::Continue;
      if (park_or_fail(g, sched::WaitReason::SyncCondWait, sched::sema_park_commit, lock) == Status::Exit)
        return BuiltinResult::Exit;
      return BuiltinResult::Park;
    }
    case NotifyAll: sched_->sema().notify_list_notify_all(addr32(0), addr32(0) + 1); return BuiltinResult::Continue;
    case NotifyOne: sched_->sema().notify_list_notify_one(addr32(0), addr32(0) + 1); return BuiltinResult::Continue;
    case CanSpin: {
      // Go: spin only on a multicore machine, with GOMAXPROCS > 1, another P running,
      // an empty local run queue, and at most 4 times.
      int64_t i = ld<int64_t>(args);
      bool can = i < 4 && std::thread::hardware_concurrency() > 1 && sched_->gomaxprocs() > 1;
      st<uint8_t>(res, can ? 1 : 0);
      return BuiltinResult::Continue;
    }
    case DoSpin:
      for (int i = 0; i < 30; i++) std::atomic_signal_fence(std::memory_order_seq_cst);  // Go: procyield(30)
      return BuiltinResult::Continue;
    case SetTraceback:  // Go: setTraceback — never below the environment's level
      traceback_cache_.store(parse_traceback(ld<lib::GoString>(args).view()) | traceback_env_,
                             std::memory_order_relaxed);
      return BuiltinResult::Continue;
    case SyncFatal: case SyncThrow: {
      lib::GoString s = ld<lib::GoString>(args);
      fatal_error(g, std::string(s.view()));
      return BuiltinResult::Exit;
    }
    case Sleep: {
      int64_t d = ld<int64_t>(args);
      if (d <= 0) return BuiltinResult::Continue;  // Go returns at once
      if (g.sleep_until != 0) {  // woken by the timer: done
        g.sleep_until = 0;
        return BuiltinResult::Continue;
      }
      g.sleep_until = sched_->now_ns() + d;
      // The timer is armed only once the G is marked waiting (Go: resetForSleep in the
      // park's unlock function), so it can never fire on a running G.
      auto arm = [](sched::G* gp, void*) {
        sched::Scheduler::current()->add_timer(static_cast<G*>(gp)->sleep_until, 0, ready_after_sleep, gp);
        return true;
      };
      if (park_or_fail(g, sched::WaitReason::Sleep, arm, nullptr) == Status::Exit) return BuiltinResult::Exit;
      return BuiltinResult::Park;
    }
    case RuntimeNano: st<int64_t>(res, runtime_nano(sched_.get())); return BuiltinResult::Continue;
    case Now: {
      WallClock w = wall_clock(sched_.get());
      st<int64_t>(res, w.sec);
      st<int32_t>(res + 8, w.nsec);
      st<int64_t>(res + 16, runtime_nano(sched_.get()));
      return BuiltinResult::Continue;
    }
    case StartChanTimer: {
      // (when, period int64, c chan Time, loc *Location, monoBase int64) int64
      TimerCall* call = new_timer_call(TimerCall{this, ld<Word>(args + 16), ld<Word>(args + 24), ld<int64_t>(args + 32),
                                                 0, ld<int64_t>(args + 8) > 0});
      auto* c = static_cast<chan::Hchan*>(types::ptr_from_word(call->chan));
      c->is_timer.store(true, std::memory_order_relaxed);
      int64_t when_abs = ld<int64_t>(args) + sched_->start_ns() - 1;  // back to os::nanotime's scale
      st<int64_t>(res, sched_->add_timer(when_abs, ld<int64_t>(args + 8), timer_send_time, call, c));
      return BuiltinResult::Continue;
    }
    case StartFuncTimer: {
      // (when int64, f func()) int64
      TimerCall* call = new_timer_call(TimerCall{this, 0, 0, 0, ld<Word>(args + 8), false});
      int64_t when_abs = ld<int64_t>(args) + sched_->start_ns() - 1;
      st<int64_t>(res, sched_->add_timer(when_abs, 0, timer_go_func, call));
      return BuiltinResult::Continue;
    }
    case StopTimer: {
      void* call = nullptr;
      st<uint8_t>(res, sched_->stop_timer(ld<int64_t>(args), &call, /*forget=*/true) ? 1 : 0);
      if (call) free_timer_call(static_cast<TimerCall*>(call));
      return BuiltinResult::Continue;
    }
    case Nanosleep: {
      // (time, leftover *Timespec) Errno — Linux's checks, then a real blocking call
      // between entersyscall and exitsyscall. leftover is written only when a signal
      // interrupts the call, which never reaches a Go program here.
      constexpr uint64_t kEFAULT = 14, kEINVAL = 22;
      const uint8_t* ts = static_cast<const uint8_t*>(ptr(ld<Word>(args)));
      if (!ts) {
        st<uint64_t>(res, kEFAULT);
        return BuiltinResult::Continue;
      }
      int64_t sec = ld<int64_t>(ts), nsec = ld<int64_t>(ts + 8);
      if (sec < 0 || nsec < 0 || nsec >= 1'000'000'000) {
        st<uint64_t>(res, kEINVAL);
        return BuiltinResult::Continue;
      }
      int64_t ns = sec > INT64_MAX / 1'000'000'000 - 1 ? INT64_MAX : sec * 1'000'000'000 + nsec;
      st<uint64_t>(res, 0);
      if (g.host_depth > 0) {
        // Inside a method the runtime called (String from fmt) the G cannot be switched
        // out, so it could not wait for a P afterwards: it sleeps keeping its P.
        host_blocking_sleep(ns, exiting_, sched_.get());
        return BuiltinResult::Continue;
      }
      // The G's frames as the collector and stack walkers see them while it is out
      // (g.fn and g.pc were saved before this call).
      g.stack.fp = reinterpret_cast<uintptr_t>(g.fp);
      g.stack.sp = reinterpret_cast<uintptr_t>(g.fp);
      sched_->entersyscall(&g);
      host_blocking_sleep(ns, exiting_, sched_.get());
      if (sched_->exitsyscall(&g)) return BuiltinResult::Continue;
      // No P to come back to: the G stops here (results written) and waits in the
      // global queue; execute() reports Stopped::SyscallExit.
      return BuiltinResult::Gosched;
    }
    case Getpid: st<int64_t>(res, static_cast<int64_t>(::getpid())); return BuiltinResult::Continue;
    case LockOSThread:
      // Nesting beyond 2^32-1 (Go panics "LockOSThread nesting overflow") is not
      // reported: the count stays at its maximum.
      sched_->lock_os_thread(&g);
      return BuiltinResult::Continue;
    case UnlockOSThread: sched_->unlock_os_thread(&g); return BuiltinResult::Continue;
  }
  return BuiltinResult::Continue;
}

}  // namespace gs::vm
