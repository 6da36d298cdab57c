// select.cpp — the select statement (Go: runtime/select.go's selectgo).
//
// Order of events, as in Go: a random poll order over the cases (nil channels never
// fire); the channels' locks taken in address order (so two selects never deadlock
// each other); one pass looking for a case that can proceed now; if none and there is
// no default, a sudog on every channel and a park; once woken by one channel, the
// sudogs are removed from all the others under the same locks.
#include <algorithm>
#include <cstring>

#include "mem/mbarrier.h"
#include "chan/chan.h"
#include "sched/proc.h"

namespace gs::chan {

namespace {
void sellock(const Scase* cases, const std::vector<uint16_t>& lockorder) {
  Hchan* last = nullptr;
  for (uint16_t o : lockorder) {
    Hchan* c = cases[o].c;
    if (c != last) {
      c->lock.lock();
      last = c;
    }
  }
}

void selunlock(const Scase* cases, const std::vector<uint16_t>& lockorder) {
  // Unlock in reverse so a channel listed twice is unlocked once, at its first entry.
  for (size_t i = lockorder.size(); i-- > 0;) {
    Hchan* c = cases[lockorder[i]].c;
    if (i > 0 && c == cases[lockorder[i - 1]].c) continue;
    c->lock.unlock();
  }
}

}  // namespace

int selectgo(G* gp, const Scase* cases, int n, bool block, bool* recv_ok, SelectWait* w, const char** panic_msg,
             uint32_t (*rand)()) {
  *recv_ok = false;
  // Poll order: a random permutation of the cases with a channel (Go's cheaprandn
  // insertion shuffle).
  std::vector<uint16_t> pollorder;
  pollorder.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; i++) {
    if (!cases[i].c) continue;
    size_t j = rand ? rand() % (pollorder.size() + 1) : pollorder.size();
    pollorder.push_back(pollorder.empty() ? 0 : pollorder[j]);
    pollorder[j] = static_cast<uint16_t>(i);
  }
  if (pollorder.empty()) {
    if (!block) return -1;
    w->cases.clear();
    w->lockorder.clear();
    return kSelectBlocked;  // select {} or only nil channels: park forever
  }
  // Lock order: by channel address (stable, so duplicates sit together).
  std::vector<uint16_t> lockorder = pollorder;
  std::stable_sort(lockorder.begin(), lockorder.end(),
                   [&](uint16_t a, uint16_t b) { return cases[a].c < cases[b].c; });
  sellock(cases, lockorder);

  // Pass 1: anything ready now? (Go's order of checks per case.)
  struct Unlock {
    const Scase* cases;
    const std::vector<uint16_t>* lockorder;
  } all{cases, &lockorder};
  auto unlock_all = [](void* u) {
    auto* a = static_cast<Unlock*>(u);
    selunlock(a->cases, *a->lockorder);
  };
  for (uint16_t i : pollorder) {
    const Scase& cas = cases[i];
    Hchan* c = cas.c;
    if (cas.send) {
      if (c->closed.load(std::memory_order_relaxed)) {
        selunlock(cases, lockorder);
        *panic_msg = "send on closed channel";
        return i;
      }
      if (Sudog* sg = c->recvq.dequeue()) {
        send(c, sg, cas.elem, unlock_all, &all);
        return i;
      }
      if (bufsend(c, cas.elem)) {
        selunlock(cases, lockorder);
        return i;
      }
    } else {
      if (Sudog* sg = c->sendq.dequeue()) {
        recv(c, sg, cas.elem, unlock_all, &all);
        *recv_ok = true;
        return i;
      }
      if (bufrecv(c, cas.elem)) {
        selunlock(cases, lockorder);
        *recv_ok = true;
        return i;
      }
      if (c->closed.load(std::memory_order_relaxed)) {
        selunlock(cases, lockorder);
        if (cas.elem && c->elemsize) {
          if (c->elemtype) mem::typedmemclr(c->elemtype, cas.elem);
          else std::memset(cas.elem, 0, c->elemsize);
        }
        return i;
      }
    }
  }
  if (!block) {
    selunlock(cases, lockorder);
    return -1;
  }
  // Pass 2: wait on every channel, sudogs listed in lock order.
  w->cases.assign(cases, cases + n);
  w->lockorder = lockorder;
  gp->selectDone.store(false, std::memory_order_relaxed);
  gp->param = nullptr;
  Sudog** link = &w->sglist;
  for (uint16_t i : lockorder) {
    const Scase& cas = cases[i];
    auto* sg = new Sudog();
    sg->g = gp;
    sg->isSelect = true;
    sg->elem = cas.elem;
    sg->c = cas.c;
    sg->ticket = i;
    *link = sg;
    link = &sg->waitlink;
    if (cas.send) cas.c->sendq.enqueue(sg);
    else cas.c->recvq.enqueue(sg);
  }
  *link = nullptr;
  gp->waiting = w->sglist;
  gp->parkingOnChan = true;
  gp->waiting_chan_id.store(w->sglist ? w->sglist->c->id : 0, std::memory_order_relaxed);
  return kSelectBlocked;  // every lock held: select_park_commit releases them
}

bool select_park_commit(G* gp, void* wp) {
  auto* w = static_cast<SelectWait*>(wp);
  gp->parkingOnChan = false;
  if (!w->lockorder.empty()) selunlock(w->cases.data(), w->lockorder);
  return true;
}

int select_finish(G* gp, SelectWait* w, bool* recv_ok, const char** panic_msg) {
  sellock(w->cases.data(), w->lockorder);
  gp->selectDone.store(false, std::memory_order_relaxed);
  auto* fired = static_cast<Sudog*>(gp->param);
  gp->param = nullptr;
  int casi = -1;
  bool success = false;
  // Pass 3: leave every queue but the one that woke us.
  for (Sudog* sg = w->sglist; sg;) {
    Sudog* next = sg->waitlink;
    const Scase& cas = w->cases[sg->ticket];
    if (sg == fired) {
      casi = static_cast<int>(sg->ticket);
      success = sg->success;
    } else if (cas.send) {
      cas.c->sendq.remove(sg);
    } else {
      cas.c->recvq.remove(sg);
    }
    delete sg;
    sg = next;
  }
  w->sglist = nullptr;
  gp->waiting = nullptr;
  gp->waiting_chan_id.store(0, std::memory_order_relaxed);
  selunlock(w->cases.data(), w->lockorder);
  if (casi >= 0 && w->cases[static_cast<size_t>(casi)].send && !success) *panic_msg = "send on closed channel";
  *recv_ok = success && casi >= 0 && !w->cases[static_cast<size_t>(casi)].send;
  return casi;
}

}  // namespace gs::chan
