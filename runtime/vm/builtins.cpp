// builtins.cpp — the list of VM-implemented body-less functions (see builtins.h).
// Their implementations live in vm/proc_builtins.cpp (scheduler, sync, time) and
// vm/panic.cpp (os).
#include "vm/builtins.h"

#include <array>

namespace gs::vm {

bool is_vm_builtin(std::string_view name) {
  static constexpr std::array<std::string_view, 30> kNames = {
      "os.exit", "os.runtime_args",
      "runtime.Gosched", "runtime.Goexit", "runtime.NumGoroutine", "runtime.GOMAXPROCS", "runtime.NumCPU",
      "sync.runtime_Semacquire", "sync.runtime_SemacquireWaitGroup", "sync.runtime_SemacquireMutex",
      "sync.runtime_SemacquireRWMutexR", "sync.runtime_SemacquireRWMutex", "sync.runtime_Semrelease",
      "sync.runtime_notifyListAdd", "sync.runtime_notifyListWait", "sync.runtime_notifyListNotifyAll",
      "sync.runtime_notifyListNotifyOne", "sync.runtime_canSpin", "sync.runtime_doSpin", "sync.fatal",
      "sync.throw",
      "time.Sleep", "time.runtimeNano", "time.now", "time.startTimer", "time.stopTimer", "time.resetTimer",
      "", "", ""};
  if (name.empty()) return false;
  for (auto n : kNames)
    if (n == name) return true;
  return false;
}

}  // namespace gs::vm
