// chan.h — Go's channels (Go: runtime/chan.go and select.go): hchan with its ring
// buffer and wait queues of sudogs, direct hand-off between goroutines, close, and
// select.
//
// How a blocking operation meets the scheduler: an operation that must wait enqueues
// a sudog for the calling G and returns Blocked with the channel's lock still held.
// The VM then parks the G (Scheduler::prepare_park with chan_park_commit, which
// releases the lock only after the G is marked waiting — so no waker can see a sudog
// whose G is still running), and when the G runs again it calls the *_finish function
// to learn how the operation ended. Wakers copy values straight into (or out of) the
// parked G's stack slot (sudog.elem): a parked G's stack never moves.
//
// Invariants (Go's):
//  * At most one of recvq and sendq is non-empty, except for a buffered channel with
//    waiting receivers, which implies an empty buffer (and waiting senders imply a
//    full one).
//  * qcount ≤ dataqsiz; the buffer is a ring: recvx is the next slot to read, sendx
//    the next to write.
//  * Every field is guarded by lock, except that len/cap read qcount/dataqsiz without
//    it (as Go's len(ch) does) and closed is read without it on the fast paths.
//  * Locks of several channels (select) are taken in address order.
#pragma once
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "sched/runtime2.h"
#include "types/type.h"

namespace gs::sched {
class Scheduler;
}

namespace gs::chan {

using sched::G;
using sched::Sudog;

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
  std::atomic<int32_t> waiting{0};  // queue length, readable without the lock (deadlock checks)
  void enqueue(Sudog* s);
  Sudog* dequeue();  // skips select sudogs whose select already fired
  void remove(Sudog* s);
  int count() const;
};

// Go: hchan. Allocated through mallocgc (the buffer too) so it lives in the run's heap
// and the collector frees it when no goroutine can reach it any more. buf comes first
// and fills a whole 8-byte word on every build: the type makechan allocates a channel
// with marks that word as its only pointer, so the collector keeps the buffer alive
// (nothing else in an Hchan points into the Go heap: sudogs are runtime memory).
struct Hchan {
  alignas(8) uint8_t* buf = nullptr;
#if UINTPTR_MAX == 0xFFFFFFFFu
  uint32_t buf_high_zero = 0;       // wasm32: the Go word's upper half
#endif
  std::atomic<uint64_t> qcount{0};  // values in the buffer
  uint64_t dataqsiz = 0;            // buffer capacity
  uint16_t elemsize = 0;
  std::atomic<uint32_t> closed{0};
  const types::Type* elemtype = nullptr;
  uint64_t sendx = 0;
  uint64_t recvx = 0;
  WaitQ recvq;
  WaitQ sendq;
  std::mutex lock;
  // For the Channels panel: where and when it was made.
  int64_t id = 0;
  // Go 1.23: c.timer != nil — the channel of a time.Timer or Ticker. Its one-slot
  // buffer is the runtime's business: len and cap report 0, as for an unbuffered
  // channel, and Stop/Reset empty it so no stale value is received.
  std::atomic<bool> is_timer{false};
};

// Go: makechan. Returns nullptr and sets *panic_msg for a size out of range.
Hchan* makechan(const types::Type* chantype, int64_t size, const char** panic_msg);

enum class OpResult {
  Done,     // completed without blocking
  Blocked,  // enqueued: the caller must park the G (c->lock held, or no lock for a nil chan)
  WouldBlock,  // non-blocking attempt (select default) failed
  Panic,    // *panic_msg says why ("send on closed channel", ...)
};

// Go: chansend. ep points at the value. On Blocked, *sg is the G's sudog and, unless
// c is nil, c->lock is held.
OpResult chansend(Hchan* c, const void* ep, bool block, G* gp, Sudog** sg, const char** panic_msg);
// After the G parked on a send runs again: false means the channel was closed while it
// waited (the caller panics "send on closed channel"). Frees sg.
bool chansend_finish(G* gp, Sudog* sg);

// Go: chanrecv. ep is where the value goes (nullptr: discard). *received reports
// whether a value was received (false: the channel is closed and empty; *ep zeroed).
OpResult chanrecv(Hchan* c, void* ep, bool block, G* gp, bool* received, Sudog** sg);
bool chanrecv_finish(G* gp, Sudog* sg);  // returns received; frees sg

// Go: closechan. Returns a panic message, or nullptr.
const char* closechan(Hchan* c);

// The unlock function for the VM's park: releases the channel lock passed as `lock`.
bool chan_park_commit(G* gp, void* lock);

// ---- select ----

struct Scase {
  Hchan* c = nullptr;
  void* elem = nullptr;
  bool send = false;
};

// The state a select keeps while its G is parked.
struct SelectWait {
  std::vector<Scase> cases;
  std::vector<uint16_t> lockorder;
  Sudog* sglist = nullptr;
};

inline constexpr int kSelectBlocked = -2;

// Go: selectgo. Returns the chosen case, -1 for default (block == false and nothing
// ready), or kSelectBlocked: the G must park with select_park_commit(w) as its unlock
// function (every channel's lock is held until then); select_finish completes it.
// On a send to a closed channel, returns the case with *panic_msg set.
int selectgo(G* gp, const Scase* cases, int n, bool block, bool* recv_ok, SelectWait* w,
             const char** panic_msg, uint32_t (*rand)());
bool select_park_commit(G* gp, void* w);
int select_finish(G* gp, SelectWait* w, bool* recv_ok, const char** panic_msg);

// Readies a G woken by a channel operation (the current M's scheduler).
void goready(G* gp);

// The steps chansend/chanrecv and selectgo share (Go's send, recv and the buffer
// branches). Each needs c->lock held; send/recv release it (or, for select, every
// case's lock) through unlockf(lock) before readying the other goroutine.
void send(Hchan* c, Sudog* sg, const void* ep, void (*unlockf)(void*), void* lock);
void recv(Hchan* c, Sudog* sg, void* ep, void (*unlockf)(void*), void* lock);
bool bufsend(Hchan* c, const void* ep);  // false: the buffer is full
bool bufrecv(Hchan* c, void* ep);        // false: the buffer is empty; ep may be nullptr

}  // namespace gs::chan
