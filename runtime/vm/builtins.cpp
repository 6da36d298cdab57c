// builtins.cpp — the list of VM-implemented body-less functions (see builtins.h).
// Their implementations live in vm/proc_builtins.cpp (scheduler, sync, time) and
// vm/panic.cpp (os).
#include "vm/builtins.h"

#include <array>

namespace gs::vm {

bool is_vm_builtin(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "os.exit", "os.runtime_args", "os.runtime_envs",
      "runtime.Gosched", "runtime.Goexit", "runtime.NumGoroutine", "runtime.GOMAXPROCS", "runtime.NumCPU",
      "sync.runtime_Semacquire", "sync.runtime_SemacquireWaitGroup", "sync.runtime_SemacquireMutex",
      "sync.runtime_SemacquireRWMutexR", "sync.runtime_SemacquireRWMutex", "sync.runtime_Semrelease",
      "sync.runtime_notifyListAdd", "sync.runtime_notifyListWait", "sync.runtime_notifyListNotifyAll",
      "sync.runtime_notifyListNotifyOne", "sync.runtime_canSpin", "sync.runtime_doSpin", "sync.fatal",
      "sync.throw",
      "time.Sleep", "time.runtimeNano", "time.now", "time.startChanTimer", "time.startFuncTimer",
      "time.stopTimer",
      // system calls and thread wiring (issue 4)
      "syscall.nanosleep", "syscall.Getpid", "runtime.lockOSThread", "runtime.unlockOSThread",
      // the allocator and the collector (issue 5; vm/gc_builtins.cpp)
      "runtime.GC", "runtime.ReadMemStats", "runtime/debug.SetGCPercent", "runtime/debug.SetMemoryLimit",
      "runtime/debug.FreeOSMemory", "runtime.SetFinalizer", "runtime/debug.SetMaxStack",
      "runtime/debug.SetTraceback",
      // stack introspection (vm/traceback.cpp)
      "runtime.Caller", "runtime.Callers", "runtime.Stack", "runtime.FuncForPC", "runtime.funcName",
      "runtime.funcEntry", "runtime.funcFileLine", "runtime/debug.Stack",
      ""};
  if (name.empty()) return false;
  for (auto n : kNames)
    if (n == name) return true;
  return false;
}

}  // namespace gs::vm
