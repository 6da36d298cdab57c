// sema.cpp — see sema.h. Go's semaRoot is a treap of waiters per address; ours is a
// hash table of FIFO lists per address within each of 251 roots (Go's semTabSize),
// which keeps the same contract: FIFO order, LIFO when asked (a Mutex waiter that has
// already waited goes to the front), one lock per root.
#include "sched/sema.h"

#include <deque>
#include <mutex>
#include <unordered_map>

#include "sched/proc.h"

namespace gs::sched {

namespace {
constexpr int kSemTabSize = 251;

struct SemaRoot {
  std::mutex lock;
  std::atomic<uint32_t> nwait{0};
  std::unordered_map<uintptr_t, std::deque<G*>> waiters;  // by address
};


// Go memory is shared with other Ms running Go code: every access here is atomic
// (the __atomic builtins: Emscripten's libc++ has no std::atomic_ref).
uint32_t aload(uint32_t* p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
void astore(uint32_t* p, uint32_t v) { __atomic_store_n(p, v, __ATOMIC_RELEASE); }
uint32_t aadd(uint32_t* p, uint32_t v) { return __atomic_fetch_add(p, v, __ATOMIC_ACQ_REL); }

bool cansemacquire(uint32_t* addr) {
  for (;;) {
    uint32_t cur = aload(addr);
    if (cur == 0) return false;
    if (__atomic_compare_exchange_n(addr, &cur, cur - 1, true, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return true;
  }
}

void ready(G* gp) { Scheduler::current()->ready(gp); }

struct NotifyWaiter {
  G* g;
  uint32_t ticket;
};
struct NotifyRoot {
  std::mutex lock;
  std::unordered_map<uintptr_t, std::deque<NotifyWaiter>> lists;
};
// Go's less for wrapping ticket numbers.
bool less(uint32_t a, uint32_t b) { return static_cast<int32_t>(a - b) < 0; }
}  // namespace

struct SemaTable::Roots {
  SemaRoot sema[kSemTabSize];
  NotifyRoot notify;
  SemaRoot& root_for(const void* addr) { return sema[(reinterpret_cast<uintptr_t>(addr) >> 3) % kSemTabSize]; }
};

SemaTable::SemaTable() : roots_(new Roots()) {}
SemaTable::~SemaTable() { delete roots_; }

bool SemaTable::semacquire(uint32_t* addr, G* gp, bool lifo, void** lock_out) {
  if (gp->sema_ticket) {  // a releaser handed us the count
    gp->sema_ticket = 0;
    return true;
  }
  if (cansemacquire(addr)) return true;
  SemaRoot& root = roots_->root_for(addr);
  root.lock.lock();
  root.nwait.fetch_add(1, std::memory_order_seq_cst);
  if (cansemacquire(addr)) {
    root.nwait.fetch_sub(1, std::memory_order_seq_cst);
    root.lock.unlock();
    return true;
  }
  auto& q = root.waiters[reinterpret_cast<uintptr_t>(addr)];
  if (lifo) q.push_front(gp);
  else q.push_back(gp);
  *lock_out = &root.lock;
  return false;
}

bool sema_park_commit(G*, void* lock) {
  static_cast<std::mutex*>(lock)->unlock();
  return true;
}

void SemaTable::semrelease(uint32_t* addr, bool handoff) {
  SemaRoot& root = roots_->root_for(addr);
  aadd(addr, 1);
  if (root.nwait.load(std::memory_order_seq_cst) == 0) return;  // nobody waits: done
  root.lock.lock();
  if (root.nwait.load(std::memory_order_seq_cst) == 0) {
    root.lock.unlock();
    return;
  }
  G* gp = nullptr;
  auto it = root.waiters.find(reinterpret_cast<uintptr_t>(addr));
  if (it != root.waiters.end() && !it->second.empty()) {
    gp = it->second.front();
    it->second.pop_front();
    if (it->second.empty()) root.waiters.erase(it);
    root.nwait.fetch_sub(1, std::memory_order_seq_cst);
  }
  root.lock.unlock();
  if (!gp) return;
  if (handoff && cansemacquire(addr)) gp->sema_ticket = 1;
  ready(gp);
}

// ---- notify lists ----

uint32_t SemaTable::notify_list_add(uint32_t* wait) {
  return aadd(wait, 1);
}

bool SemaTable::notify_list_wait(uint32_t* wait, uint32_t* notify, uint32_t ticket, G* gp, void** lock_out) {
  if (gp->sema_ticket) {  // woken by a notify
    gp->sema_ticket = 0;
    return true;
  }
  NotifyRoot& r = roots_->notify;
  r.lock.lock();
  if (less(ticket, aload(notify))) {
    r.lock.unlock();
    return true;
  }
  r.lists[reinterpret_cast<uintptr_t>(wait)].push_back({gp, ticket});
  *lock_out = &r.lock;
  return false;
}

void SemaTable::notify_list_notify_all(uint32_t* wait, uint32_t* notify) {
  if (aload(wait) == aload(notify)) return;
  NotifyRoot& r = roots_->notify;
  std::deque<NotifyWaiter> all;
  {
    std::lock_guard<std::mutex> lock(r.lock);
    auto it = r.lists.find(reinterpret_cast<uintptr_t>(wait));
    if (it != r.lists.end()) {
      all.swap(it->second);
      r.lists.erase(it);
    }
    astore(notify, aload(wait));
  }
  for (auto& wt : all) {
    wt.g->sema_ticket = 1;
    ready(wt.g);
  }
}

void SemaTable::notify_list_notify_one(uint32_t* wait, uint32_t* notify) {
  if (aload(wait) == aload(notify)) return;
  NotifyRoot& r = roots_->notify;
  G* gp = nullptr;
  {
    std::lock_guard<std::mutex> lock(r.lock);
    uint32_t t = aload(notify);
    if (t == aload(wait)) return;
    astore(notify, t + 1);
    auto it = r.lists.find(reinterpret_cast<uintptr_t>(wait));
    if (it != r.lists.end()) {
      auto& q = it->second;
      for (auto qi = q.begin(); qi != q.end(); ++qi) {
        if (qi->ticket == t) {
          gp = qi->g;
          q.erase(qi);
          break;
        }
      }
      if (q.empty()) r.lists.erase(it);
    }
  }
  if (gp) {
    gp->sema_ticket = 1;
    ready(gp);
  }
}

}  // namespace gs::sched
