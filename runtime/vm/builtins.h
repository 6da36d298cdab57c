// builtins.h — package functions declared without a body in a prelude and
// implemented inside the VM itself (not as lib/ natives), because they reach the
// scheduler: they park the calling goroutine, start goroutines, or end the program.
// The compiler accepts a body-less declaration when its name is listed here or in
// lib/'s natives table.
//
// The list, with the Go declarations the preludes must use:
//   os.exit(code int)                         os.runtime_args() []string
//   runtime.Gosched()  runtime.Goexit()  runtime.NumGoroutine() int
//   runtime.GOMAXPROCS(n int) int  runtime.NumCPU() int
//   sync.runtime_Semacquire(addr *uint32)                    (wait reason "semacquire")
//   sync.runtime_SemacquireWaitGroup(addr *uint32)           ("sync.WaitGroup.Wait")
//   sync.runtime_SemacquireMutex(addr *uint32, lifo bool, skipframes int)  ("sync.Mutex.Lock")
//   sync.runtime_SemacquireRWMutexR(addr *uint32, lifo bool, skipframes int) ("sync.RWMutex.RLock")
//   sync.runtime_SemacquireRWMutex(addr *uint32, lifo bool, skipframes int)  ("sync.RWMutex.Lock")
//   sync.runtime_Semrelease(addr *uint32, handoff bool, skipframes int)
//       Go's sema.go semantics: acquire waits until *addr > 0 and decrements it;
//       release increments it and wakes one waiter (handoff: the waiter gets the
//       count directly and the releaser yields).
//   sync.runtime_notifyListAdd(l *notifyList) uint32
//   sync.runtime_notifyListWait(l *notifyList, t uint32)     ("sync.Cond.Wait")
//   sync.runtime_notifyListNotifyAll(l *notifyList)
//   sync.runtime_notifyListNotifyOne(l *notifyList)
//       notifyList must be declared in the prelude as
//       type notifyList struct { wait uint32; notify uint32; lock uintptr; head, tail uintptr }
//       (Go's layout; the VM keeps the waiting goroutines in its own table keyed by
//       the list's address and uses only wait and notify in Go memory).
//   sync.runtime_canSpin(i int) bool   sync.runtime_doSpin()
//   sync.fatal(s string)       prints "fatal error: " + s and a traceback, exits 2
//                              (Go's "fatal error: sync: unlock of unlocked mutex")
//   sync.throw(s string)       the same
//   time.Sleep(d Duration)                                    ("sleep")
//   time.runtimeNano() int64         monotonic nanoseconds since the run started + 1
//   time.now() (sec int64, nsec int32, mono int64)  wall clock and monotonic time
//   time.startChanTimer(when, period int64, c chan Time, loc *Location, monoBase int64) int64
//       when is a runtimeNano() instant; then (and every period ns after, if period > 0)
//       the runtime itself sends a Time (in loc, monotonic reading relative to monoBase)
//       on c without blocking, as Go 1.23's sendTime does — no goroutine. c becomes a
//       timer channel: len and cap read 0. Returns the timer's id.
//   time.startFuncTimer(when int64, f func()) int64   at when, `go f()` (Go: goFunc)
//   time.stopTimer(id int64) bool    true if the timer was pending (it never fires now);
//       the timer is forgotten either way
//   syscall.nanosleep(time, leftover *Timespec) Errno   a blocking system call: the G is
//       _Gsyscall and its P _Psyscall while the M really sleeps (sysmon may hand the P
//       to another M); EFAULT for a nil time, EINVAL for a negative or >= 1e9 Nsec
//   syscall.Getpid() int
//   runtime.lockOSThread()  runtime.unlockOSThread()   wire the G to its M (nested; the
//       prelude's LockOSThread/UnlockOSThread call them)
//   Stack introspection (vm/traceback.cpp, reached through stack_builtin):
//   runtime.Caller(skip int) (pc uintptr, file string, line int, ok bool)
//   runtime.Callers(skip int, pc []uintptr) int     runtime.Stack(buf []byte, all bool) int
//   runtime.FuncForPC(pc uintptr) *Func             runtime.funcName(f *Func) string
//   runtime.funcEntry(f *Func) uintptr    runtime.funcFileLine(f *Func, pc uintptr) (file string, line int)
//   runtime/debug.Stack() []byte
#pragma once
#include <string_view>

namespace gs::vm {

// Whether "pkg.name" (Go's symbol, e.g. "sync.runtime_Semacquire") is implemented by
// the VM.
bool is_vm_builtin(std::string_view qualified_name);

}  // namespace gs::vm
