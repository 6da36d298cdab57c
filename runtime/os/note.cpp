// note.cpp — futex-backed notes. The woken flag lives in the futex word itself, so a
// wakeup that races ahead of the sleep is never lost: the sleeper re-checks the word.
#include "os/note.h"

#include <chrono>
#include <climits>
#include <cmath>

#if defined(__EMSCRIPTEN__)
#include <emscripten/threading.h>
#else
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#endif

namespace gs::os {

namespace {
// Waits while *addr == val, at most ns (ns < 0: forever). Spurious returns are fine.
void futexsleep(std::atomic<uint32_t>* addr, uint32_t val, int64_t ns) {
#if defined(__EMSCRIPTEN__)
  double ms = ns < 0 ? INFINITY : static_cast<double>(ns) / 1e6;
  emscripten_futex_wait(reinterpret_cast<volatile void*>(addr), val, ms);
#else
  struct timespec ts, *tsp = nullptr;
  if (ns >= 0) {
    ts.tv_sec = ns / 1000000000;
    ts.tv_nsec = ns % 1000000000;
    tsp = &ts;
  }
  ::syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAIT_PRIVATE, val, tsp, nullptr, 0);
#endif
}

void futexwakeup(std::atomic<uint32_t>* addr, int cnt) {
#if defined(__EMSCRIPTEN__)
  emscripten_futex_wake(reinterpret_cast<volatile void*>(addr), cnt);
#else
  ::syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAKE_PRIVATE, cnt, nullptr, nullptr, 0);
#endif
}
}  // namespace

int64_t nanotime() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

void Note::wakeup() {
  uint32_t old = key_.exchange(1, std::memory_order_release);
  if (old != 0) return;  // already woken: a note wakes once per clear
  futexwakeup(&key_, 1);
}

void Note::sleep() {
  while (key_.load(std::memory_order_acquire) == 0) futexsleep(&key_, 0, -1);
}

bool Note::tsleep(int64_t ns) {
  if (ns < 0) {
    sleep();
    return true;
  }
  int64_t deadline = nanotime() + ns;
  while (key_.load(std::memory_order_acquire) == 0) {
    int64_t left = deadline - nanotime();
    if (left <= 0) return false;
    futexsleep(&key_, 0, left);
  }
  return true;
}

}  // namespace gs::os
