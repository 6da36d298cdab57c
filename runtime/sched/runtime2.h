// runtime2.h — the scheduler's core records (Go: runtime2.go): G, P, M, sudog and the
// global scheduler state, plus the pooled OS thread an M runs on.
//
// Invariants (as Go's):
//  * A G's status changes only through casgstatus, with Go's numbering; a G is in at
//    most one run queue, and only while _Grunnable.
//  * An M runs Go code only while it holds a P (m->p); a P is held by at most one M,
//    or sits on the idle list with status _Pidle.
//  * A P's local run queue is a 256-slot ring written only by its owner at the tail
//    and consumed at the head by the owner and by thieves, with CAS on head (Go's
//    runqput/runqget/runqgrab); runnext is a single slot the owner and thieves CAS.
//  * sched.lock guards the global run queue, the idle P and M lists and the counters
//    beside them. Lock order: channel locks (by address) → sched.lock → a P's timer lock.
//  * Fields other threads read for the panels are atomics: a reader never takes a
//    runtime lock and never stops an M.
#pragma once
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "os/note.h"
#include "os/os_thread.h"
#include "sched/stack.h"
#include "sched/stackcopy.h"

namespace gs::mem {
struct MCache;
}

namespace gs::sched {

// ---- pooled OS threads (threadpool.h) -------------------------------------------

enum class ThreadStatus : int {
  Starting = 0,  // thread created, not yet in its loop
  Idle = 1,      // parked on its note: uses no CPU
  Running = 2,   // running an M for some run
  Exited = 3,
};
const char* thread_status_name(ThreadStatus s);

struct Thread {
  int64_t id = 0;
  std::atomic<uint64_t> procid{0};      // OS thread id, set by the thread itself
  std::atomic<int> status{0};           // ThreadStatus
  std::atomic<uint64_t> heartbeat{0};   // advanced by the thread each time it wakes
  std::atomic<int64_t> last_beat_ns{0};
  std::atomic<bool> exit_requested{false};
  std::atomic<os::ThreadEntry> job_fn{nullptr};  // the M it runs, handed over by spawn
  void* job_arg = nullptr;
  os::Note park;
  os::OsThread thread;
};

// ---- G ---------------------------------------------------------------------------

// Go: _Gidle … _Gpreempted, with Go's numbers (5 and 7 are unused in Go too).
enum GStatus : uint32_t {
  Gidle = 0,
  Grunnable = 1,
  Grunning = 2,
  Gsyscall = 3,
  Gwaiting = 4,
  Gdead = 6,
  Gcopystack = 8,
  Gpreempted = 9,
};
const char* gstatus_name(uint32_t s);  // "runnable", "running", … as tracebacks print

// Go: waitReason — the text a goroutine dump prints in brackets.
enum class WaitReason : uint8_t {
  Zero = 0,
  ChanReceiveNilChan,  // "chan receive (nil chan)"
  ChanSendNilChan,     // "chan send (nil chan)"
  Select,              // "select"
  SelectNoCases,       // "select (no cases)"
  ChanReceive,         // "chan receive"
  ChanSend,            // "chan send"
  Sleep,               // "sleep"
  SyncCondWait,        // "sync.Cond.Wait"
  SyncMutexLock,       // "sync.Mutex.Lock"
  SyncRWMutexRLock,    // "sync.RWMutex.RLock"
  SyncRWMutexLock,     // "sync.RWMutex.Lock"
  SyncWaitGroupWait,   // "sync.WaitGroup.Wait"
  Semacquire,          // "semacquire"
  Preempted,           // "preempted"
};
const char* wait_reason_string(WaitReason r);

struct G;
struct P;
struct M;
}  // namespace gs::sched
namespace gs::chan {
struct Hchan;
}  // namespace gs::chan
namespace gs::sched {
using chan::Hchan;

// Go: sudog — a G waiting on a channel (or, for select, one per case). elem points at
// the waiting G's stack slot the value moves to/from; it is valid while the G is
// parked (a parked G's stack is never moved: shrinking parked stacks arrives with the
// GC, which must then adjust elem as Go's adjustsudogs does).
struct Sudog {
  G* g = nullptr;
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  void* elem = nullptr;
  Hchan* c = nullptr;
  Sudog* waitlink = nullptr;  // the G's list of sudogs (select: one per case)
  uint32_t ticket = 0;        // select: the case index
  bool isSelect = false;
  bool success = false;       // woken by a real send/recv (false: by close)
  int64_t releasetime = 0;
};

// Go: g. The VM extends it (vm::G) with its execution state: the function, pc and
// frame pointer, the defer and panic chains.
struct G {
  virtual ~G() = default;
  std::atomic<int64_t> goid{0};     // atomic: snapshots may read a G as it is recycled
  std::atomic<uint32_t> atomicstatus{Gidle};
  size_t allg_index = SIZE_MAX;    // its place in the scheduler's list of Gs (under allg_lock_); kept while dead
  GStack stack;                    // stack bounds, stackguard0, saved sp/fp
  std::atomic<bool> preempt{false};  // a preemption request (sysmon, GC), seen at safe points
  // The request came from the collector wanting a safe point (mark termination, a
  // periodic cycle), not from sysmon: the G does the GC's work there and carries on
  // rather than yielding its P.
  std::atomic<bool> gc_poke{false};
  // A goroutine of the runtime's own (Go: isSystemGoroutine), e.g. one delivering a
  // timer: not counted by NumGoroutine, left out of dumps below GOTRACEBACK=system.
  bool system = false;
  M* m = nullptr;                  // the M running it, while running
  G* schedlink = nullptr;          // global run queue / free list link
  std::atomic<WaitReason> waitreason{WaitReason::Zero};
  int64_t waitsince = 0;           // when it blocked (for "N minutes" in dumps)
  Sudog* waiting = nullptr;        // sudogs this G waits on (select: several)
  void* param = nullptr;           // passed by the waker (Go: g.param; select: the fired sudog)
  std::atomic<bool> selectDone{false};  // a select's wakers race on this
  bool parkingOnChan = false;
  uint32_t sema_ticket = 0;        // a semaphore release or a Cond notify granted to this G
  // Creation site, for the Goroutines panel: written when the G (maybe a reused dead
  // one, still in allg) starts a new goroutine, read by the snapshot while it runs;
  // both under origin_mu (set_origin/origin).
  std::string start_func;
  std::string created_by;          // "main.main" …
  std::string created_at;          // "prog.go:12"
  mutable std::mutex origin_mu;
  void set_origin(std::string start, std::string at) {
    std::lock_guard<std::mutex> lock(origin_mu);
    start_func = std::move(start);
    created_at = std::move(at);
  }
  void origin(std::string* start, std::string* at) const {
    std::lock_guard<std::mutex> lock(origin_mu);
    *start = start_func;
    *at = created_at;
  }
  int64_t created_by_goid = 0;
  std::atomic<int64_t> switches{0};  // times it was scheduled
  // Where it last stopped running (set by the VM before parking/yielding; snapshots
  // read it without stopping the G).
  std::atomic<const void*> where_fn{nullptr};
  std::atomic<uint32_t> where_pc{0};
  std::atomic<int64_t> waiting_chan_id{0};  // the channel it blocks on (snapshots)
  std::atomic<uint64_t> stack_bytes{0};     // its stack's size, published for snapshots
  std::atomic<uint32_t> stack_grows{0};
  // Go: g.lockedm — the M this G is wired to by LockOSThread (nullptr: none). Written
  // by the G's own M; atomic because snapshots and schedtrace read it.
  std::atomic<M*> lockedm{nullptr};
};

// ---- P ---------------------------------------------------------------------------

enum PStatus : uint32_t { Pidle = 0, Prunning = 1, Psyscall = 2, Pgcstop = 3, Pdead = 4 };

inline constexpr int kRunqSize = 256;  // Go: len(p.runq)

// A pending timer (Go: runtime.timer in a P's heap). f runs on an M that holds a P.
struct Timer {
  int64_t when = 0;
  int64_t period = 0;  // > 0: a ticker
  void (*f)(void* arg, int64_t now) = nullptr;
  void* arg = nullptr;
  uint64_t seq = 0;    // a stopped or reset timer leaves a stale heap entry: seq tells
  int64_t id = 0;
};

struct P {
  int32_t id = 0;
  // Go: p.gFree — dead Gs this P keeps for its next go statements (touched only by
  // the M holding the P; the executor spills to and refills from a global list).
  std::vector<G*> gfree;
  int64_t goidcache = 0;             // Go: ids are handed to Ps in batches of 16
  int64_t goidcacheend = 0;
  std::atomic<uint32_t> status{Pidle};
  P* link = nullptr;                 // idle list
  uint32_t schedtick = 0;            // incremented on every scheduler call
  std::atomic<uint32_t> schedtick_pub{0};  // copy for sysmon
  std::atomic<uint32_t> syscalltick{0};  // bumped on every syscall exit and retake (sysmon reads it)
  M* m = nullptr;                    // back-link to the M holding it (nullptr if idle)
  std::atomic<uint32_t> runqhead{0};
  std::atomic<uint32_t> runqtail{0};
  std::atomic<G*> runq[kRunqSize] = {};
  std::atomic<G*> runnext{nullptr};
  StackCache stackcache;             // Go: p.mcache's stack part (stackcache)
  mem::MCache* mcache = nullptr;     // Go: p.mcache — this P's allocation cache (issue 5)
  std::mutex timers_lock;
  std::vector<Timer> timers;         // min-heap on when
  std::atomic<int64_t> timer0when{0};  // earliest timer (0: none), read without the lock
  std::atomic<G*> curg_pub{nullptr}; // the G running on it, for panels and sysmon
  // sysmon's view (Go: sysmontick)
  uint32_t sysmon_schedtick = 0;
  int64_t sysmon_schedwhen = 0;
  uint32_t sysmon_syscalltick = 0;
  int64_t sysmon_syscallwhen = 0;
  // counters for the Scheduler panel
  std::atomic<uint64_t> steals{0};
  std::atomic<uint64_t> preemptions{0};
};

// ---- M ---------------------------------------------------------------------------

struct M {
  int64_t id = 0;
  void* sched = nullptr;          // the Scheduler it belongs to
  G* curg = nullptr;              // the G it runs
  P* p = nullptr;                 // attached P, nullptr when idle or in a syscall
  std::atomic<int32_t> p_id{-1};  // p's id, published for snapshots
  P* nextp = nullptr;             // P to take when woken (startm hands it over)
  P* oldp = nullptr;              // P it held before entering a syscall
  std::atomic<int32_t> oldp_id{-1};  // oldp's id while in a syscall, for snapshots
  bool spinning = false;          // looking for work
  std::atomic<bool> blocked{false};  // parked on its note
  M* schedlink = nullptr;         // idle list
  os::Note park;
  std::atomic<uint64_t> procid{0};
  std::atomic<int> state{0};      // for panels: 0 idle, 1 running, 2 spinning, 3 syscall, 4 locked wait
  std::atomic<G*> curg_pub{nullptr};  // curg, published for snapshots and schedtrace
  uint32_t fastrand = 0;
  // Go: m.lockedg / lockedExt / lockedInt — the G wired to this M by LockOSThread and
  // the nesting count of its (external) LockOSThread calls. While lockedg is set the M
  // runs no other G: when it blocks, the M parks (stoplockedm) and its P moves on.
  std::atomic<G*> lockedg{nullptr};
  uint32_t lockedExt = 0;
  uint32_t lockedInt = 0;
  bool retired = false;           // a locked G exited on it: the M is never reused
  // what park_m must do after the G is marked waiting (Go: m.waitunlockf/waitlock)
  bool (*waitunlockf)(G*, void*) = nullptr;
  void* waitlock = nullptr;
};

}  // namespace gs::sched
