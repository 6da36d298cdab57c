// snapshot.h — a consistent picture of one run's scheduler, channels and goroutines,
// for the panels, the test interface and tests (DESIGN seam 11, via trace/observe.h).
//
// Who builds it: sysmon, every ~50 ms while the program runs (and once more when it
// ends), taking each lock only as long as Go's own scheduler would; it is published by
// swapping a shared pointer under a mutex that is held for nothing else, so a reader
// (the UI thread) takes it with try_lock and never waits for an M.
//
// Invariant: everything here is a copy (plain values and strings); nothing points into
// the running program.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace gs::sched {

struct GSnap {
  int64_t goid = 0;
  uint32_t status = 0;           // Go's _G* number
  std::string status_text;       // "running", "runnable", or the wait reason ("chan receive")
  int64_t m = -1;                // M running it, or -1
  uint64_t stack_size = 0;       // bytes
  uint32_t stack_grows = 0;      // growths so far (a change means it just grew)
  std::string start_func;        // main.worker
  std::string created_at;        // "main.main prog.go:12" (empty for main)
  std::string where;             // where it last stopped: "main.worker prog.go:8"
  int64_t waiting_on_chan = 0;   // channel id it waits on (select: the first), 0 if none
  bool in_select = false;
  int64_t switches = 0;          // times scheduled
  bool locked = false;           // wired to its M by runtime.LockOSThread (lockedm)
};

struct PSnap {
  int32_t id = 0;
  uint32_t status = 0;           // _Pidle 0, _Prunning 1, _Psyscall 2
  uint32_t schedtick = 0;
  int64_t m = -1;
  int64_t curg = 0;              // goid or 0
  int64_t runnext = 0;           // goid or 0
  uint32_t runqhead = 0, runqtail = 0;  // the ring's indices (slot = index % 256)
  std::vector<int64_t> runq;     // goids from head to tail
  size_t timers = 0;
  uint64_t steals = 0;           // batches this P stole from others
  uint64_t preemptions = 0;      // preemption requests sysmon made of its G
};

struct MSnap {
  int64_t id = 0;
  uint64_t procid = 0;           // OS thread id
  std::string state;             // "running", "spinning", "idle", "timer sleep", "syscall",
                                 // "locked, waiting", "exited"
  int32_t p = -1;
  int64_t curg = 0;              // also set while the G is in a system call (p is -1 then)
  int32_t oldp = -1;             // in a system call: the P it left in _Psyscall (if still so)
  int64_t lockedg = 0;           // goid wired to it by LockOSThread, 0 if none
};

struct ChanSnap {
  int64_t id = 0;
  std::string elem_type;         // Go's spelling: "int", "*main.T"
  uint64_t cap = 0, len = 0;
  uint64_t sendx = 0, recvx = 0;
  bool closed = false;
  bool timer = false;            // a time.Timer/Ticker channel (cap/len: its hidden buffer)
  std::vector<std::string> buffer;  // cap entries, slot by slot (empty strings where no value)
  std::vector<int64_t> recvq, sendq;  // waiting goids, first to be served first
  std::vector<bool> recvq_select, sendq_select;
};

struct SchedSnapshot {
  int64_t taken_ns = 0;          // since the run started
  int gomaxprocs = 0;
  int idle_ps = 0;
  int threads = 0;
  int spinning = 0;
  int idle_ms = 0;
  std::vector<int64_t> global_runq;  // goids, head first
  uint64_t preemptions = 0;
  uint64_t steals = 0;
  uint64_t handoffs = 0;         // Ps sysmon took from Ms blocked in system calls
  int64_t goroutines = 0;
  std::vector<PSnap> ps;
  std::vector<MSnap> ms;
  std::vector<GSnap> gs;         // sorted by goid
  std::vector<ChanSnap> chans;   // live channels, by id
  std::vector<std::string> schedtrace;  // the last GODEBUG=schedtrace lines (when on)
  // The live controls (sched/control.h) as the scheduler sees them.
  bool controls = false;         // the run has them (the app's runs do)
  bool paused = false;
  int tempo_ms = 0;
  int64_t steps_taken = 0;       // G executions granted by Step and started
  bool deterministic = false;    // GOMAXPROCS cannot change live
};

}  // namespace gs::sched
