// sema.h — semaphores for sync (Go: runtime/sema.go): sleep/wakeup keyed by the
// address of a uint32 in Go memory, and notify lists for sync.Cond.
//
// A blocking acquire does not sleep here: it enqueues the G and returns false with
// the table root's lock held; the VM parks the G with sema_park_commit (which drops
// the lock once the G is marked waiting), and when the G runs again the VM calls the
// acquire again (Go's semacquire1 loop). A release that hands off (Go's handoff=true)
// grants the count to the woken G directly (g->sema_ticket), so it cannot be stolen.
//
// Invariants: *addr is only changed atomically; a root's waiter counts (Go: nwait)
// are read without the lock only as a hint, so a release never misses a waiter that
// enqueued under the lock.
#pragma once
#include <cstdint>

#include "sched/runtime2.h"

namespace gs::sched {

// One run's semaphore table (Go's semtable is per process; ours is per run, so a
// goroutine left waiting when its program ended can never be found by the next run).
class SemaTable {
 public:
  SemaTable();
  ~SemaTable();
  SemaTable(const SemaTable&) = delete;
  SemaTable& operator=(const SemaTable&) = delete;

  // Go: semacquire1. True: acquired (consumed a count or a handed-off ticket). False:
  // gp is queued; park it with sema_park_commit(lock_out), then call again when it runs.
  bool semacquire(uint32_t* addr, G* gp, bool lifo, void** lock_out);
  // Go: semrelease1. Readies one waiter if there is one.
  void semrelease(uint32_t* addr, bool handoff);

  // Go: notifyList (sync.Cond). wait and notify are the list's two ticket counters in
  // Go memory; the waiting Gs are kept here, keyed by the list's address.
  uint32_t notify_list_add(uint32_t* wait);
  // True: already notified (return at once). False: queued; park, then call again.
  bool notify_list_wait(uint32_t* wait, uint32_t* notify, uint32_t ticket, G* gp, void** lock_out);
  void notify_list_notify_all(uint32_t* wait, uint32_t* notify);
  void notify_list_notify_one(uint32_t* wait, uint32_t* notify);

 private:
  struct Roots;
  Roots* roots_;
};

bool sema_park_commit(G* gp, void* lock);

}  // namespace gs::sched
