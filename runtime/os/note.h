// note.h — one-shot sleep/wakeup notifications (Go: note, notesleep, notewakeup,
// notetsleep in lock_futex.go).
//
// Invariant: a note is either cleared (key == 0) or woken (key == 1). Exactly one
// thread sleeps on a note at a time; any thread may wake it, once, until the note is
// cleared again. An idle M parks on its note and uses no CPU until woken — the runtime
// never busy-waits. Built on futexes natively and emscripten_futex_* in the browser.
#pragma once
#include <atomic>
#include <cstdint>

namespace gs::os {

class Note {
 public:
  // Re-arms the note. Acquire, so a wakeup it erases still publishes what its waker
  // wrote before waking (an M that clears then checks its exit flag sees the flag).
  void clear() { key_.exchange(0, std::memory_order_acquire); }
  void wakeup();
  void sleep();  // until woken
  // Sleeps at most ns nanoseconds (ns < 0: no limit). True if woken, false on timeout.
  bool tsleep(int64_t ns);
  bool woken() const { return key_.load(std::memory_order_acquire) != 0; }

 private:
  std::atomic<uint32_t> key_{0};
};

// Monotonic clock in nanoseconds (Go: nanotime).
int64_t nanotime();

}  // namespace gs::os
