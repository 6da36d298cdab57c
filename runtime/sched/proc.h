// proc.h — the goroutine scheduler of one run (Go: proc.go): GOMAXPROCS Ps, Ms on
// pooled OS threads, local and global run queues, work stealing, spinning Ms, parking,
// timers, sysmon's preemption and deadlock detection.
//
// Division of labour: the scheduler decides which G runs on which M and when; the VM
// (an Executor) runs a G's code until the G stops — it parks on a channel or
// semaphore, yields, is preempted, or finishes — and reports why. The scheduler never
// looks inside a G's frames; the VM never touches run queues.
//
// Invariants (Go's, kept here):
//  * schedule() picks, in order: every 61st schedtick one G from the global queue;
//    the P's runnext then its local queue; the global queue; ready timers; work
//    stolen from other Ps (4 passes in random order, half of a victim's queue,
//    runnext only on the last pass). An M finding nothing releases its P and parks;
//    an idle program's Ms all sleep on notes (no polling).
//  * At most GOMAXPROCS Ms run Go code at once (one per P). Spinning Ms are at most
//    half the busy Ps; a spinning M that finds work wakes another (wakep), so work
//    spreads without a thundering herd.
//  * A G is runnable in exactly one place: some P's runnext/runq or the global queue.
//  * Deadlock: when the last M stops and no G can run and no timer is pending, the
//    program dies with Go's "all goroutines are asleep - deadlock!".
//  * System calls: a G in a blocking call is _Gsyscall on an M that holds no P; its P
//    waits in _Psyscall (the M's oldp) and belongs to whoever wins a CAS out of that
//    state — the returning M (exitsyscall) or sysmon (retake → handoffp).
//  * LockOSThread: an M with lockedg runs only that G. When the G stops being runnable
//    the M parks without a P (stoplockedm); an M that picks the G from a run queue hands
//    its own P to the locked M (startlockedm). A G that exits locked retires its M.
#pragma once
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "sched/runtime2.h"
#include "sched/sema.h"
#include "sched/snapshot.h"

namespace gs::types {
struct Type;
}

namespace gs::sched {

class ThreadPool;
struct LiveControls;

// Go caps GOMAXPROCS at 1024 (_MaxGomaxprocs); ours at 256.
inline constexpr int kMaxProcs = 256;

struct SchedOptions {
  int gomaxprocs = 0;           // 0: the number of CPUs (capped in the browser)
  bool asyncpreemptoff = false; // GODEBUG=asyncpreemptoff=1: no preemption at loop back-edges
  int64_t schedtrace_ms = 0;    // GODEBUG=schedtrace=N
  bool scheddetail = false;     // GODEBUG=scheddetail=1
  uint64_t seed = 0;            // 0: random; else reproducible steal order and select choices
  // Deterministic mode (`gopherscope run -seed N`, DESIGN seam 10; needs seed != 0 and
  // gomaxprocs == 1): one run-wide PRNG for every random choice, no wall-clock
  // preemption (the VM preempts by counted back-edge polls), and a virtual clock that
  // starts at the playground's 2009-11-10 23:00:00 UTC and jumps to the next timer when
  // every M is idle (Go's faketime).
  bool deterministic = false;
  ThreadPool* pool = nullptr;   // where Ms' threads come from (nullptr: the process pool)
  LiveControls* controls = nullptr;  // the panel's GOMAXPROCS/tempo/pause/step (sched/control.h)
};

// How a G stopped running (the VM's answer to execute()).
enum class Stopped {
  Parked,     // called gopark: the M finishes the park (status, unlockf) and reschedules
  Yielded,    // runtime.Gosched: to the global queue
  Preempted,  // a preemption request at a safe point: to the global queue
  Exited,     // the goroutine finished (returned or Goexit): free it
  ExitProgram,  // the program ends (main returned, os.Exit, a fatal error or Stop)
  SyscallExit,  // returned from a system call and exitsyscall found no P: the G (still
                // _Gsyscall) goes to the global queue and the M stops
};

class Executor {
 public:
  virtual ~Executor() = default;
  // Runs gp (status _Grunning, gp->m set) on the calling M until it stops.
  virtual Stopped execute(G* gp) = 0;
  // gp is _Gdead: release its stack and VM state. The G's memory itself must stay
  // valid until the run ends (keep it for reuse, as Go's gfput does): sysmon may still
  // hold its address from a P's curg and set its preemption request.
  virtual void free_g(G* gp) = 0;
  // A fatal error found by the scheduler (deadlock): print "fatal error: msg" and the
  // goroutine dump to stderr. The scheduler then ends the program with status 2.
  virtual void fatal(const std::string& msg) = 0;
  // GODEBUG=schedtrace output (stderr).
  virtual void write_stderr(const std::string& text) = 0;
  // For snapshots: "main.worker prog.go:8" for a code position the G recorded
  // (G::where_fn/where_pc), and a short text for a value of type t at p.
  virtual std::string describe_site(const void* fn, uint32_t pc) = 0;
  virtual std::string describe_value(const types::Type* t, const void* p) = 0;
  virtual std::string type_name(const types::Type* t) = 0;
  // Called on sysmon's thread with every scheduler snapshot: the executor publishes
  // its own (the memory snapshot the Allocator and GC panels read).
  virtual void publish_runtime_snapshots() {}
  // Go: allocmcache / freemcache — a new P's allocation cache (nullptr: the P has
  // none, and its Ms allocate through the heap's shared fallback cache), and a P
  // leaving service (GOMAXPROCS lowered) giving its cached spans back.
  virtual mem::MCache* new_p_mcache(int32_t p_id) {
    (void)p_id;
    return nullptr;
  }
  virtual void release_p_mcache(mem::MCache* c) { (void)c; }
};

class Scheduler {
 public:
  Scheduler(Executor& exec, SchedOptions options);
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Runs the program on the calling thread, which becomes m0: main_g (already given a
  // stack and its first frame) is made runnable and the scheduler loop runs until the
  // program ends. Returns after every other M has stopped.
  void run(G* main_g);

  // The M / P of the calling thread (nullptr off the scheduler's threads).
  static M* current_m();
  static Scheduler* current();
  P* current_p() const;

  // Go: newproc1's goid — from the current P's batch of 16, refilled from the global
  // generator (so goroutines made on different Ps get ids from different batches).
  int64_t next_goid();
  // Go: newproc's tail — newg (status _Grunnable after this) goes to the current P's
  // runnext, and an idle P is woken to run the G it displaced.
  void newproc(G* newg);
  // Go: goready — gp (_Gwaiting) becomes runnable in the current P's runnext.
  void ready(G* gp);
  // Go: gopark's first half: the VM calls this, then returns Stopped::Parked; the M
  // marks gp _Gwaiting and then calls unlockf(gp, lock) (false: resume gp at once).
  void prepare_park(G* gp, WaitReason reason, bool (*unlockf)(G*, void*), void* lock);
  // The park for a G that cannot leave its thread: Go code called back from a runtime
  // function (fmt calling a String method) whose C++ frames sit on this M's stack. As
  // Go does for a cgo callback, the G is wired to its M while it waits, so the M stops
  // (stoplockedm: its P goes to other work) and the G resumes right here, running,
  // when it is readied. Call after prepare_park, from the executor, on gp's M. False:
  // the program is ending (gp did not run again).
  bool park_in_place(G* gp);

  // ---- system calls (Go: entersyscall / exitsyscall)
  // gp, running on the calling M, enters a blocking system call: gp → _Gsyscall, its P
  // → _Psyscall (kept as the M's oldp; the M holds no P). If the call outlasts a sysmon
  // tick (≥ 20 µs) while other work waits, sysmon hands the P to another M.
  void entersyscall(G* gp);
  // The call returned. True: gp holds a P again (its old one if still in _Psyscall,
  // else an idle one) and is _Grunning. False: no P was free; gp stays _Gsyscall and the
  // executor must stop running it and return Stopped::SyscallExit.
  bool exitsyscall(G* gp);
  // ---- runtime.LockOSThread / UnlockOSThread for the running gp (nesting counted as
  // Go 1.10+: only the last unlock unwires). lock_os_thread is false on nesting overflow
  // (the caller panics "LockOSThread nesting overflow", as Go does).
  bool lock_os_thread(G* gp);
  void unlock_os_thread(G* gp);

  // Ends the program: every M stops at its next safe point or scheduling point.
  void request_exit();
  bool exiting() const { return exiting_.load(std::memory_order_acquire); }

  // Timers (Go: addtimer/deltimer on the current P). f runs on an M that holds a P.
  // Returns an id for stop_timer.
  // chan: the channel a timer sends on (time.NewTimer, After, Ticker), or nullptr.
  // As in Go 1.23, such a timer keeps a program from being "asleep" only while some
  // goroutine is blocked receiving from its channel.
  int64_t add_timer(int64_t when, int64_t period, void (*f)(void*, int64_t), void* arg, Hchan* chan = nullptr);
  // True if the timer was pending: f has not run and now never will. *arg (if given)
  // receives the timer's arg when the timer still existed, so its owner can free it.
  // forget: the timer will never be reset, its state goes now (else reset_timer can
  // re-arm it).
  bool stop_timer(int64_t id, void** arg = nullptr, bool forget = false);
  bool reset_timer(int64_t id, int64_t when, int64_t period);

  // runtime.GOMAXPROCS(n): returns the previous value; n < 1 only reads it. -1: the
  // world is being stopped by someone else — the caller must yield and call again.
  int gomaxprocs(int n);
  int gomaxprocs() const { return gomaxprocs_.load(std::memory_order_relaxed); }
  // Go: freezetheworld before a crash dump — stops every other P so the caller can
  // read every goroutine's stack; the world is never restarted (the program is
  // ending). False when another stop-the-world is under way (no dump then).
  bool freeze_the_world();
  // runtime.NumGoroutine
  int64_t num_goroutine() const;

  // Go: fastrand for this M (seeded in deterministic mode: one sequence for the run).
  uint32_t fastrand();
  bool deterministic() const { return opts_.deterministic; }
  // The run's monotonic clock in os::nanotime's scale: the real one, or in deterministic
  // mode the virtual one (starts at start_ns(), moves only when checkdead jumps it).
  int64_t now_ns() const;
  // Unix seconds of the wall clock at start_ns() in deterministic mode (Go's faketime
  // epoch: 2009-11-10 23:00:00 UTC).
  static constexpr int64_t kFaketimeEpochSec = 1257894000;

  // For panels and dumps: every G that is not dead, under the allg lock.
  void for_each_g(const std::function<void(G*)>& fn) const;
  int num_ms() const;
  int64_t start_ns() const { return start_ns_; }

  // The latest published snapshot (nullptr before the first). Never blocks: if the
  // publisher holds the slot this instant, the caller gets nothing this time.
  std::shared_ptr<const SchedSnapshot> snapshot() const;
  // Builds and publishes a snapshot now (sysmon calls it; run() once at the end).
  void publish_snapshot();
  // Channels made by this run, for the Channels panel (makechan registers them).
  void register_chan(Hchan* c);

  // ---- for the garbage collector (sched/proc_gc.cpp)
  // Mark termination: forgets the channels the collector did not mark (sweeping is
  // about to free them), so no snapshot reads one afterwards.
  void prune_chans(const std::function<bool(const void*)>& is_marked);
  // Stop / start the world from the G running on the calling M (Go: stopTheWorld
  // with gcstoptheworld's reason). False: another world-stopper is under way.
  bool gc_stop_the_world();
  void gc_start_the_world();
  // Asks the G running on every P to stop at its next safe point (any thread; the
  // collector's mark worker uses it to get mark termination run).
  void preempt_running();

  // This run's semaphores (sync.Mutex, WaitGroup, Cond).
  SemaTable& sema() { return sema_; }

  // Counters (atomics: read by panels).
  std::atomic<uint64_t> handoffs{0};  // Ps sysmon took from Ms in system calls (retake)
  std::atomic<uint64_t> preemptions{0};

 private:
  friend struct SchedLoop;
  // -- run queues (Go: runqput/runqget/runqgrab/runqsteal, globrunqput/get)
  void runqput(P* pp, G* gp, bool next);
  bool runqputslow(P* pp, G* gp, uint32_t h, uint32_t t);
  G* runqget(P* pp, bool* inherit);
  uint32_t runqgrab(P* pp, G** batch, uint32_t batch_head, bool steal_runnext);
  G* runqsteal(P* pp, P* p2, bool steal_runnext);
  bool runqempty(P* pp) const;
  void globrunqput(G* gp);           // needs lock_
  void globrunqputbatch(G** gs, int n);  // needs lock_
  G* globrunqget(P* pp, int max);    // needs lock_
  // -- Ps and Ms (Go: acquirep/releasep, pidleget/put, mget/mput, startm, handoffp, wakep, stopm)
  void acquirep(M* mp, P* pp);
  P* releasep(M* mp);
  P* pidleget();                     // needs lock_
  void pidleput(P* pp);              // needs lock_
  M* mget();                         // needs lock_
  void mput(M* mp);                  // needs lock_
  void startm(P* pp, bool spinning);
  void handoffp(P* pp);
  void wakep();
  void stopm(M* mp);
  void resetspinning(M* mp);
  void exitsyscall0(M* mp, G* gp);   // the slow path, after the executor stopped gp
  void stoplockedm(M* mp);           // a locked M gives its P away and waits for its G
  void startlockedm(M* mp, G* gp);   // hand mp's P to gp's locked M
  void retire_m(M* mp);              // a locked G exited: the M leaves for good (Go: mexit)
  void wake_all_ms();                // needs lock_: every parked M sees the exit
  void stop_syscall_ps();            // needs lock_: a stop-the-world takes Ps out of syscalls
  void checkdead();                  // needs lock_
  // -- the loop
  void mstart(M* mp);
  static void mstart_entry(void* arg);
  void schedule(M* mp);
  G* findrunnable(M* mp, bool* inherit);
  G* steal_work(M* mp, int64_t now, int64_t* poll_until, bool* ran_timer);
  void execute(M* mp, G* gp, bool inherit);
  void park_m(M* mp, G* gp);
  void gosched_m(M* mp, G* gp, bool preempted);
  void goexit0(M* mp, G* gp);
  // -- timers
  bool check_timers(P* pp, int64_t now, int64_t* next);  // runs ready ones; true if any ran
  int64_t next_timer_when() const;
  bool timers_keep_alive();  // Go 1.23's checkdead view of pending timers
  // -- sysmon
  void sysmon();
  static void sysmon_entry(void* arg);
  int retake(int64_t now);  // returns how many Ps it took from system calls
  void schedtrace(bool detail);
  void procresize(int n);                 // needs lock_
  bool stop_the_world(M* mp);  // false: another one is under way
  void start_the_world(M* mp);
  void gcstopm(M* mp);
  int procs() const { return gomaxprocs_.load(std::memory_order_acquire); }

  Executor& exec_;
  SchedOptions opts_;
  ThreadPool* pool_;
  int64_t start_ns_ = 0;

  mutable std::mutex lock_;          // Go: sched.lock
  G* runq_head_ = nullptr;           // Go: sched.runq
  G* runq_tail_ = nullptr;
  std::atomic<int32_t> runqsize_{0};
  M* midle_ = nullptr;
  int32_t nmidle_ = 0;
  int32_t nmidlelocked_ = 0;         // locked Ms parked waiting for their G (Go: nmidlelocked)
  P* pidle_ = nullptr;
  std::atomic<int32_t> npidle_{0};
  std::atomic<int32_t> nmspinning_{0};
  std::atomic<bool> needspinning_{false};
  std::vector<std::unique_ptr<P>> allp_;
  std::vector<std::unique_ptr<M>> allm_;   // under lock_
  std::atomic<int32_t> mcount_{0};
  std::atomic<int> gomaxprocs_{1};
  std::atomic<int64_t> goidgen_{0};
  std::atomic<int64_t> ngoroutines_{0};
  std::atomic<bool> exiting_{false};
  std::atomic<bool> deadlock_reported_{false};

  // Every G ever made, dead ones included (Go: allgs): a dead G stays listed until the
  // run ends, so one reused for a new goroutine is not relisted (dumps, panels and
  // checkdead skip or count by status); guarded by allg_lock_.
  mutable std::mutex allg_lock_;
  std::vector<G*> allg_;

  // The timer sleeper: at most one M sleeps until the next timer instead of parking
  // for good (Go's netpoll(delay) M). Guarded by lock_.
  M* timer_sleeper_ = nullptr;
  int64_t timer_sleeper_until_ = 0;
  std::atomic<int64_t> timer_id_gen_{0};
  struct TimerState {
    uint64_t seq = 0;
    bool pending = false;
    void (*f)(void*, int64_t) = nullptr;
    void* arg = nullptr;
    Hchan* chan = nullptr;
  };
  std::recursive_mutex timer_fire_mu_;  // held while a timer fires and by stop/reset: before timer_states_mu_
  std::mutex timer_states_mu_;  // after a P's timers_lock in the lock order
  std::unordered_map<int64_t, TimerState> timer_states_;

  // M lifetimes: run() waits until every started M has returned to the pool.
  std::mutex live_mu_;
  std::condition_variable live_cv_;
  int live_ms_ = 0;
  std::atomic<bool> sysmon_running_{false};
  os::Note own_sysmon_note_;
  os::Note& sysmon_note_;  // the live controls' note when there are controls (the UI wakes it)
  // Live controls (sched/control.h): steps taken so far (for snapshots); an M waits at
  // a scheduling point while paused and no step credit is left.
  std::atomic<int64_t> steps_taken_{0};
  void control_point(M* mp);
  void serve_gomaxprocs_request(M* mp);
  std::atomic<bool> sysmon_wait_{false};  // Go: sched.sysmonwait
  std::atomic<uint32_t> fastrand_seed_{0};
  std::atomic<uint64_t> det_rand_{0};      // deterministic mode's single PRNG state
  std::atomic<int64_t> faketime_{0};       // deterministic mode's clock (os::nanotime scale)
  SemaTable sema_;
  std::atomic<bool> stw_waiting_{false};  // Go: sched.gcwaiting
  int stopwait_ = 0;                      // Ps still to stop (under lock_)
  os::Note stw_note_;
  mutable std::mutex snap_mu_;       // guards only the pointer swap
  std::shared_ptr<const SchedSnapshot> snap_;
  std::mutex chans_mu_;
  std::vector<Hchan*> chans_;
  std::vector<std::string> trace_lines_;  // recent schedtrace output (under lock_)
};

// Go: runtime.casgstatus — changes gp's status, which must currently be oldval.
void casgstatus(G* gp, uint32_t oldval, uint32_t newval);
inline uint32_t readgstatus(const G* gp) { return gp->atomicstatus.load(std::memory_order_acquire); }

}  // namespace gs::sched
