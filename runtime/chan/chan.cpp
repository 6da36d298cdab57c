// chan.cpp — channel send, receive and close (Go: runtime/chan.go). See chan.h.
// Names follow Go's: chansend/send, chanrecv/recv, closechan, and the buffer index
// helpers, so this file reads beside chan.go.
#include "chan/chan.h"

#include <cstring>
#include <new>

#include "mem/malloc.h"
#include "mem/mbarrier.h"
#include "sched/proc.h"

namespace gs::chan {

namespace {
std::atomic<int64_t> chan_ids{0};

uint8_t* chanbuf(Hchan* c, uint64_t i) { return c->buf + i * c->elemsize; }

// Go: typedmemmove / typedmemclr — with the write barrier while the GC marks: the
// buffer is in the heap, and so may be a receiver's destination (a variable that
// escaped), which the collector may have scanned already.
void copy_elem(Hchan* c, void* dst, const void* src) {
  if (c->elemsize == 0) return;
  if (c->elemtype) mem::typedmemmove(c->elemtype, dst, src);
  else std::memmove(dst, src, c->elemsize);
}
void clear_elem(Hchan* c, void* dst) {
  if (c->elemsize == 0) return;
  if (c->elemtype) mem::typedmemclr(c->elemtype, dst);
  else std::memset(dst, 0, c->elemsize);
}

Sudog* acquire_sudog(G* gp, Hchan* c, void* elem) {
  auto* sg = new Sudog();
  sg->g = gp;
  sg->c = c;
  sg->elem = elem;
  return sg;
}
}  // namespace

void goready(G* gp) { sched::Scheduler::current()->ready(gp); }

void WaitQ::enqueue(Sudog* s) {
  waiting.fetch_add(1, std::memory_order_relaxed);
  s->next = nullptr;
  s->prev = last;
  if (last) last->next = s;
  else first = s;
  last = s;
}

Sudog* WaitQ::dequeue() {
  for (;;) {
    Sudog* s = first;
    if (!s) return nullptr;
    first = s->next;
    if (first) first->prev = nullptr;
    else last = nullptr;
    s->next = s->prev = nullptr;
    waiting.fetch_sub(1, std::memory_order_relaxed);
    // A select waits on several channels: only the first waker may take it.
    if (s->isSelect) {
      bool expected = false;
      if (!s->g->selectDone.compare_exchange_strong(expected, true)) continue;
    }
    return s;
  }
}

void WaitQ::remove(Sudog* s) {
  if (s->prev) s->prev->next = s->next;
  else if (first == s) first = s->next;
  else return;  // not in this queue
  if (s->next) s->next->prev = s->prev;
  else last = s->prev;
  s->next = s->prev = nullptr;
  waiting.fetch_sub(1, std::memory_order_relaxed);
}

int WaitQ::count() const {
  int n = 0;
  for (Sudog* s = first; s; s = s->next) n++;
  return n;
}

// The type of an Hchan whose buffer is a separate object: one pointer, buf.
static const types::Type* hchan_type() {
  static const types::Type* t = [] {
    auto* ty = new types::Type();
    ty->size = (sizeof(Hchan) + 7) & ~uint64_t{7};
    ty->ptrdata = 8;
    ty->align = 8;
    ty->field_align = 8;
    ty->kind = types::Kind::Struct;
    ty->gcdata = {1};
    ty->str = "runtime.hchan";
    return ty;
  }();
  return t;
}

Hchan* makechan(const types::Type* chantype, int64_t size, const char** panic_msg) {
  const types::Type* elem = chantype->chan_type()->elem;
  uint64_t esize = elem->size;
  // Go: size < 0, or elem.size*size overflowing / beyond maxAlloc (2^48 on amd64).
  if (size < 0 || (esize && static_cast<uint64_t>(size) > ((1ull << 48) - 96) / esize)) {
    *panic_msg = "makechan: size out of range";
    return nullptr;
  }
  // Go's three shapes: no buffer (or zero-size elements) — the hchan alone; elements
  // without pointers — hchan and buffer in one pointer-free block; otherwise the
  // hchan (whose type marks buf) and the buffer typed by its element.
  const uint64_t bufbytes = esize * static_cast<uint64_t>(size);
  const uint64_t hsize = (sizeof(Hchan) + 7) & ~uint64_t{7};
  Hchan* c;
  if (bufbytes == 0) {
    c = new (mem::mallocgc(sizeof(Hchan), nullptr, true)) Hchan();
  } else if (!elem->pointers()) {
    auto* block = static_cast<uint8_t*>(mem::mallocgc(hsize + bufbytes, nullptr, true));
    if (!block) return nullptr;
    c = new (block) Hchan();
    c->buf = block + hsize;
  } else {
    c = new (mem::mallocgc(sizeof(Hchan), hchan_type(), true)) Hchan();
    c->buf = static_cast<uint8_t*>(mem::mallocgc(bufbytes, elem, true));
  }
  c->elemsize = static_cast<uint16_t>(esize);
  c->elemtype = elem;
  c->dataqsiz = static_cast<uint64_t>(size);
  c->id = chan_ids.fetch_add(1, std::memory_order_relaxed) + 1;
  if (sched::Scheduler* s = sched::Scheduler::current()) s->register_chan(c);
  return c;
}

namespace {
void unlock_chan(void* c) { static_cast<Hchan*>(c)->lock.unlock(); }
}  // namespace

// Go: send — hands ep to the receiver waiting in sg, releases the lock(s) through
// unlockf, then readies the receiver.
void send(Hchan* c, Sudog* sg, const void* ep, void (*unlockf)(void*), void* lock) {
  if (sg->elem) copy_elem(c, sg->elem, ep);
  G* gp = sg->g;
  gp->param = sg;
  sg->success = true;
  unlockf(lock);
  goready(gp);
}

// The buffered halves (c->lock held): Go's chansend/chanrecv "space in the buffer" and
// "value in the buffer" branches, which select uses too.
bool bufsend(Hchan* c, const void* ep) {
  if (c->qcount.load(std::memory_order_relaxed) >= c->dataqsiz) return false;
  copy_elem(c, chanbuf(c, c->sendx), ep);
  if (++c->sendx == c->dataqsiz) c->sendx = 0;
  c->qcount.fetch_add(1, std::memory_order_relaxed);
  return true;
}

bool bufrecv(Hchan* c, void* ep) {
  if (c->qcount.load(std::memory_order_relaxed) == 0) return false;
  uint8_t* qp = chanbuf(c, c->recvx);
  if (ep) copy_elem(c, ep, qp);
  clear_elem(c, qp);
  if (++c->recvx == c->dataqsiz) c->recvx = 0;
  c->qcount.fetch_sub(1, std::memory_order_relaxed);
  return true;
}

OpResult chansend(Hchan* c, const void* ep, bool block, G* gp, Sudog** sgp, const char** panic_msg) {
  if (!c) {
    if (!block) return OpResult::WouldBlock;
    *sgp = nullptr;
    return OpResult::Blocked;  // forever (Go: gopark with waitReasonChanSendNilChan)
  }
  // Fast path for a failed non-blocking send (Go checks without the lock too).
  if (!block && !c->closed.load(std::memory_order_acquire) &&
      ((c->dataqsiz == 0 && !c->recvq.first) || (c->dataqsiz > 0 && c->qcount.load() == c->dataqsiz)))
    return OpResult::WouldBlock;
  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed)) {
    c->lock.unlock();
    *panic_msg = "send on closed channel";
    return OpResult::Panic;
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    send(c, sg, ep, unlock_chan, c);
    return OpResult::Done;
  }
  if (bufsend(c, ep)) {
    c->lock.unlock();
    return OpResult::Done;
  }
  if (!block) {
    c->lock.unlock();
    return OpResult::WouldBlock;
  }
  Sudog* sg = acquire_sudog(gp, c, const_cast<void*>(ep));
  gp->waiting = sg;
  gp->param = nullptr;
  c->sendq.enqueue(sg);
  gp->parkingOnChan = true;
  gp->waiting_chan_id.store(c->id, std::memory_order_relaxed);
  *sgp = sg;
  return OpResult::Blocked;  // c->lock held: released by chan_park_commit
}

bool chansend_finish(G* gp, Sudog* sg) {
  gp->waiting_chan_id.store(0, std::memory_order_relaxed);
  bool ok = sg->success;
  gp->waiting = nullptr;
  gp->param = nullptr;
  delete sg;
  return ok;
}

// Go: recv — takes a value from the sender waiting in sg (unbuffered: directly; full
// buffer: the head of the ring, and the sender's value goes to its tail), releases the
// lock(s) through unlockf, then readies the sender.
void recv(Hchan* c, Sudog* sg, void* ep, void (*unlockf)(void*), void* lock) {
  if (c->dataqsiz == 0) {
    if (ep && sg->elem) copy_elem(c, ep, sg->elem);
  } else {
    uint8_t* qp = chanbuf(c, c->recvx);
    if (ep) copy_elem(c, ep, qp);
    copy_elem(c, qp, sg->elem);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;  // the buffer is full: sendx == recvx
  }
  sg->elem = nullptr;
  G* gp = sg->g;
  gp->param = sg;
  sg->success = true;
  unlockf(lock);
  goready(gp);
}

OpResult chanrecv(Hchan* c, void* ep, bool block, G* gp, bool* received, Sudog** sgp) {
  *received = false;
  if (!c) {
    if (!block) return OpResult::WouldBlock;
    *sgp = nullptr;
    return OpResult::Blocked;  // forever
  }
  if (!block) {
    bool empty = c->dataqsiz == 0 ? c->sendq.first == nullptr : c->qcount.load() == 0;
    if (empty && !c->closed.load(std::memory_order_acquire)) return OpResult::WouldBlock;
  }
  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed) && c->qcount.load(std::memory_order_relaxed) == 0) {
    c->lock.unlock();
    if (ep) clear_elem(c, ep);
    return OpResult::Done;
  }
  if (Sudog* sg = c->sendq.dequeue()) {
    recv(c, sg, ep, unlock_chan, c);
    *received = true;
    return OpResult::Done;
  }
  if (bufrecv(c, ep)) {
    c->lock.unlock();
    *received = true;
    return OpResult::Done;
  }
  if (!block) {
    c->lock.unlock();
    return OpResult::WouldBlock;
  }
  Sudog* sg = acquire_sudog(gp, c, ep);
  gp->waiting = sg;
  gp->param = nullptr;
  c->recvq.enqueue(sg);
  gp->parkingOnChan = true;
  gp->waiting_chan_id.store(c->id, std::memory_order_relaxed);
  *sgp = sg;
  return OpResult::Blocked;
}

bool chanrecv_finish(G* gp, Sudog* sg) {
  gp->waiting_chan_id.store(0, std::memory_order_relaxed);
  bool ok = sg->success;
  gp->waiting = nullptr;
  gp->param = nullptr;
  delete sg;
  return ok;
}

const char* closechan(Hchan* c) {
  if (!c) return "close of nil channel";
  std::vector<G*> wake;
  c->lock.lock();
  if (c->closed.load(std::memory_order_relaxed)) {
    c->lock.unlock();
    return "close of closed channel";
  }
  c->closed.store(1, std::memory_order_release);
  // Release every receiver (they get the zero value, received = false)…
  while (Sudog* sg = c->recvq.dequeue()) {
    if (sg->elem) {
      clear_elem(c, sg->elem);
      sg->elem = nullptr;
    }
    sg->g->param = sg;
    sg->success = false;
    wake.push_back(sg->g);
  }
  // …and every sender (they panic when they resume).
  while (Sudog* sg = c->sendq.dequeue()) {
    sg->elem = nullptr;
    sg->g->param = sg;
    sg->success = false;
    wake.push_back(sg->g);
  }
  c->lock.unlock();
  for (G* gp : wake) goready(gp);
  return nullptr;
}

bool chan_park_commit(G* gp, void* lock) {
  gp->parkingOnChan = false;
  if (lock) static_cast<std::mutex*>(lock)->unlock();
  return true;
}

}  // namespace gs::chan
