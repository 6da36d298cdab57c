// proc.cpp — the scheduler of one run (Go: proc.go). See proc.h for the invariants.
// Function names follow Go's so this file reads beside proc.go.
#include "sched/proc.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <thread>

#include "maps/alg.h"
#include "mem/mcache.h"
#include "sched/control.h"
#include "sched/threadpool.h"

namespace gs::sched {

namespace {
thread_local M* tls_m = nullptr;
thread_local Scheduler* tls_sched = nullptr;

// Go's forcePreemptNS: a G running this long is asked to stop. Sanitized builds run code
// 5-20x slower, so their time slice stretches by 10: a schedule a test program expects
// (say, main starting six goroutines before any of them runs) is then not cut by a
// preemption that no unsanitized run would reach. When preemption happens is not part
// of Go's semantics; every program's output is the same either way.
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
#define GS_SANITIZED_BUILD 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
#define GS_SANITIZED_BUILD 1
#endif
#endif
#ifdef GS_SANITIZED_BUILD
constexpr int64_t kForcePreemptNs = 100'000'000;
#else
constexpr int64_t kForcePreemptNs = 10'000'000;
#endif
// How often sysmon publishes a snapshot for the panels.
constexpr int64_t kSnapshotPeriodNs = 50'000'000;

int default_procs() {
#if defined(__EMSCRIPTEN__)
  // Each P needs an M and every M is a pre-made Web Worker: keep Ps well under the
  // worker ceiling so sysmon and hand-offs still find a thread.
  int n = static_cast<int>(std::thread::hardware_concurrency());
  return std::clamp(n, 1, std::max(1, os::max_os_threads() / 2));
#else
  int n = static_cast<int>(std::thread::hardware_concurrency());
  return n > 0 ? n : 1;
#endif
}
}  // namespace

const char* gstatus_name(uint32_t s) {
  switch (s) {
    case Gidle: return "idle";
    case Grunnable: return "runnable";
    case Grunning: return "running";
    case Gsyscall: return "syscall";
    case Gwaiting: return "waiting";
    case Gdead: return "dead";
    case Gcopystack: return "copystack";
    case Gpreempted: return "preempted";
  }
  return "???";
}

const char* wait_reason_string(WaitReason r) {
  switch (r) {
    case WaitReason::Zero: return "";
    case WaitReason::ChanReceiveNilChan: return "chan receive (nil chan)";
    case WaitReason::ChanSendNilChan: return "chan send (nil chan)";
    case WaitReason::Select: return "select";
    case WaitReason::SelectNoCases: return "select (no cases)";
    case WaitReason::ChanReceive: return "chan receive";
    case WaitReason::ChanSend: return "chan send";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::SyncCondWait: return "sync.Cond.Wait";
    case WaitReason::SyncMutexLock: return "sync.Mutex.Lock";
    case WaitReason::SyncRWMutexRLock: return "sync.RWMutex.RLock";
    case WaitReason::SyncRWMutexLock: return "sync.RWMutex.Lock";
    case WaitReason::SyncWaitGroupWait: return "sync.WaitGroup.Wait";
    case WaitReason::Semacquire: return "semacquire";
    case WaitReason::Preempted: return "preempted";
  }
  return "";
}

void casgstatus(G* gp, uint32_t oldval, uint32_t newval) {
  uint32_t expected = oldval;
  if (!gp->atomicstatus.compare_exchange_strong(expected, newval, std::memory_order_acq_rel)) {
    std::fprintf(stderr, "runtime: casgstatus: goroutine %lld: bad oldval %s (want %s → %s)\n",
                 static_cast<long long>(gp->goid.load()), gstatus_name(expected), gstatus_name(oldval), gstatus_name(newval));
    std::abort();
  }
}

namespace {
// The allocation cache of the P the calling thread's M holds (Go: mp.p.ptr().mcache):
// mallocgc's lock-free fast path. An M without a P (in a system call, or not an M
// at all) gets nullptr and allocates through the heap's fallback cache.
mem::MCache* p_mcache_of_this_thread() {
  M* mp = tls_m;
  return mp && mp->p ? mp->p->mcache : nullptr;
}
}  // namespace

Scheduler::Scheduler(Executor& exec, SchedOptions options)
    : exec_(exec),
      opts_(options),
      pool_(options.pool ? options.pool : &ThreadPool::process_pool()),
      sysmon_note_(options.controls ? options.controls->wake : own_sysmon_note_) {
  fastrand_seed_.store(options.seed ? static_cast<uint32_t>(options.seed) : static_cast<uint32_t>(os::nanotime()) | 1u);
  mem::set_mcache_source(&p_mcache_of_this_thread);
  if (opts_.deterministic) {
    if (opts_.seed == 0) opts_.seed = 1;
    opts_.gomaxprocs = 1;
    det_rand_.store(opts_.seed * 0xD1B54A32D192ED03ull);
  }
}

Scheduler::~Scheduler() = default;



M* Scheduler::current_m() { return tls_m; }
Scheduler* Scheduler::current() { return tls_sched; }
P* Scheduler::current_p() const { return tls_m ? tls_m->p : nullptr; }

int64_t Scheduler::now_ns() const {
  return opts_.deterministic ? faketime_.load(std::memory_order_acquire) : os::nanotime();
}

uint32_t Scheduler::fastrand() {
  if (opts_.deterministic) {
    // One sequence for the whole run (whichever M asks): splitmix64 steps.
    uint64_t z = det_rand_.fetch_add(0x9E3779B97F4A7C15ull, std::memory_order_relaxed) + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return static_cast<uint32_t>((z ^ (z >> 31)) >> 16);
  }
  M* mp = tls_m;
  uint32_t& s = mp ? mp->fastrand : *reinterpret_cast<uint32_t*>(&fastrand_seed_);
  if (s == 0) s = fastrand_seed_.fetch_add(0x9E3779B9u) | 1u;
  // xorshift32
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}

// ---- run queues -----------------------------------------------------------------

bool Scheduler::runqempty(P* pp) const {
  // Go's runqempty: a consistent snapshot of head, tail and runnext.
  for (;;) {
    uint32_t head = pp->runqhead.load(std::memory_order_acquire);
    uint32_t tail = pp->runqtail.load(std::memory_order_acquire);
    G* next = pp->runnext.load(std::memory_order_acquire);
    if (tail == pp->runqtail.load(std::memory_order_acquire)) return head == tail && next == nullptr;
  }
}

void Scheduler::runqput(P* pp, G* gp, bool next) {
  if (next) {
    G* old = pp->runnext.load(std::memory_order_relaxed);
    while (!pp->runnext.compare_exchange_weak(old, gp, std::memory_order_acq_rel)) {
    }
    if (!old) return;
    gp = old;  // kick the old runnext out to the regular queue
  }
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
    if (t - h < static_cast<uint32_t>(kRunqSize)) {
      pp->runq[t % kRunqSize].store(gp, std::memory_order_relaxed);
      pp->runqtail.store(t + 1, std::memory_order_release);
      return;
    }
    if (runqputslow(pp, gp, h, t)) return;
  }
}

// The local queue is full: move half of it and gp to the global queue.
bool Scheduler::runqputslow(P* pp, G* gp, uint32_t h, uint32_t t) {
  G* batch[kRunqSize / 2 + 1];
  uint32_t n = (t - h) / 2;
  if (n != static_cast<uint32_t>(kRunqSize / 2)) {
    std::fprintf(stderr, "runtime: runqputslow: queue is not full\n");
    std::abort();
  }
  for (uint32_t i = 0; i < n; i++) batch[i] = pp->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);
  if (!pp->runqhead.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return false;
  batch[n] = gp;
  std::lock_guard<std::mutex> lock(lock_);
  globrunqputbatch(batch, static_cast<int>(n + 1));
  return true;
}

G* Scheduler::runqget(P* pp, bool* inherit) {
  G* next = pp->runnext.load(std::memory_order_acquire);
  if (next && pp->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
    *inherit = true;  // runnext inherits the rest of the time slice
    return next;
  }
  *inherit = false;
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
    if (t == h) return nullptr;
    G* gp = pp->runq[h % kRunqSize].load(std::memory_order_relaxed);
    if (pp->runqhead.compare_exchange_weak(h, h + 1, std::memory_order_acq_rel)) return gp;
  }
}

uint32_t Scheduler::runqgrab(P* pp, G** batch, uint32_t batch_head, bool steal_runnext) {
  for (;;) {
    uint32_t h = pp->runqhead.load(std::memory_order_acquire);
    uint32_t t = pp->runqtail.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (steal_runnext) {
        G* next = pp->runnext.load(std::memory_order_acquire);
        if (next) {
          // A running P is likely about to schedule its runnext (a G that just readied
          // another and blocks at once): give it ~3 µs first, as Go's runqgrab does,
          // rather than bounce the G between Ps.
          if (pp->status.load(std::memory_order_relaxed) == Prunning)
            std::this_thread::sleep_for(std::chrono::microseconds(3));
          if (!pp->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) continue;
          batch[batch_head % kRunqSize] = next;
          return 1;
        }
      }
      return 0;
    }
    if (n > static_cast<uint32_t>(kRunqSize / 2)) continue;  // read an inconsistent h and t
    for (uint32_t i = 0; i < n; i++)
      batch[(batch_head + i) % kRunqSize] = pp->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);
    if (pp->runqhead.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return n;
  }
}

G* Scheduler::runqsteal(P* pp, P* p2, bool steal_runnext) {
  G* batch[kRunqSize];
  uint32_t t = pp->runqtail.load(std::memory_order_relaxed);
  uint32_t n = runqgrab(p2, batch, 0, steal_runnext);
  if (n == 0) return nullptr;
  n--;
  G* gp = batch[n];
  if (n == 0) return gp;
  uint32_t h = pp->runqhead.load(std::memory_order_acquire);
  if (t - h + n >= static_cast<uint32_t>(kRunqSize)) {
    std::fprintf(stderr, "runtime: runqsteal: runq overflow\n");
    std::abort();
  }
  for (uint32_t i = 0; i < n; i++) pp->runq[(t + i) % kRunqSize].store(batch[i], std::memory_order_relaxed);
  pp->runqtail.store(t + n, std::memory_order_release);
  pp->steals.fetch_add(1, std::memory_order_relaxed);
  return gp;
}

void Scheduler::globrunqput(G* gp) {
  gp->schedlink = nullptr;
  if (runq_tail_) runq_tail_->schedlink = gp;
  else runq_head_ = gp;
  runq_tail_ = gp;
  runqsize_.fetch_add(1, std::memory_order_relaxed);
}

void Scheduler::globrunqputbatch(G** gs, int n) {
  for (int i = 0; i < n; i++) globrunqput(gs[i]);
}

// Go: globrunqget — takes a fair share of the global queue (at most max, at most half
// a local queue), returns one and puts the rest in pp's local queue.
G* Scheduler::globrunqget(P* pp, int max) {
  int32_t size = runqsize_.load(std::memory_order_relaxed);
  if (size == 0) return nullptr;
  int32_t n = size / procs() + 1;
  if (n > size) n = size;
  if (max > 0 && n > max) n = max;
  if (n > kRunqSize / 2) n = kRunqSize / 2;
  auto pop = [&]() {
    G* gp = runq_head_;
    runq_head_ = gp->schedlink;
    if (!runq_head_) runq_tail_ = nullptr;
    gp->schedlink = nullptr;
    runqsize_.fetch_sub(1, std::memory_order_relaxed);
    return gp;
  };
  G* gp = pop();
  for (n--; n > 0; n--) runqput(pp, pop(), false);
  return gp;
}

// ---- Ps and Ms ------------------------------------------------------------------

void Scheduler::acquirep(M* mp, P* pp) {
  mp->p = pp;
  mp->p_id.store(pp->id, std::memory_order_relaxed);
  pp->m = mp;
  pp->status.store(Prunning, std::memory_order_release);
  if (sysmon_wait_.load() && sysmon_wait_.exchange(false)) sysmon_note_.wakeup();
}

P* Scheduler::releasep(M* mp) {
  P* pp = mp->p;
  pp->m = nullptr;
  pp->curg_pub.store(nullptr, std::memory_order_release);
  pp->status.store(Pidle, std::memory_order_release);
  mp->p = nullptr;
  mp->p_id.store(-1, std::memory_order_relaxed);
  return pp;
}

P* Scheduler::pidleget() {
  P* pp = pidle_;
  if (pp) {
    pidle_ = pp->link;
    pp->link = nullptr;
    npidle_.fetch_sub(1, std::memory_order_relaxed);
  }
  return pp;
}

void Scheduler::pidleput(P* pp) {
  if (stw_waiting_.load(std::memory_order_acquire)) {
    // The world is being stopped: a P given up now stops instead of idling (Go's
    // handoffp/findRunnable check gcwaiting before pidleput).
    pp->status.store(Pgcstop, std::memory_order_release);
    if (--stopwait_ == 0) stw_note_.wakeup();
    return;
  }
  pp->status.store(Pidle, std::memory_order_release);
  pp->link = pidle_;
  pidle_ = pp;
  npidle_.fetch_add(1, std::memory_order_relaxed);
}

M* Scheduler::mget() {
  M* mp = midle_;
  if (mp) {
    midle_ = mp->schedlink;
    mp->schedlink = nullptr;
    nmidle_--;
  }
  return mp;
}

void Scheduler::mput(M* mp) {
  mp->schedlink = midle_;
  midle_ = mp;
  nmidle_++;
  checkdead();
}

void Scheduler::mstart_entry(void* arg) {
  M* mp = static_cast<M*>(arg);
  static_cast<Scheduler*>(mp->sched)->mstart(mp);
}

void Scheduler::startm(P* pp, bool spinning) {
  std::unique_lock<std::mutex> lock(lock_);
  if (!pp) {
    pp = pidleget();
    if (!pp) {
      lock.unlock();
      if (spinning) nmspinning_.fetch_sub(1, std::memory_order_relaxed);
      return;
    }
  }
  if (exiting()) {
    pidleput(pp);
    if (spinning) nmspinning_.fetch_sub(1, std::memory_order_relaxed);
    return;
  }
  M* nmp = mget();
  if (nmp) {
    nmp->spinning = spinning;
    nmp->nextp = pp;
    lock.unlock();
    nmp->park.wakeup();
    return;
  }
  // Go: newm — a new M on a pooled thread.
  auto owned = std::make_unique<M>();
  nmp = owned.get();
  // Go numbers the Ms as it creates them: m0 is M0 and sysmon, the first it starts, M1.
  const auto index = static_cast<int64_t>(allm_.size());
  nmp->id = index + 1;
  nmp->spinning = spinning;
  nmp->nextp = pp;
  nmp->fastrand = opts_.seed ? static_cast<uint32_t>(opts_.seed * 2654435761u + index) | 1u : 0;
  nmp->sched = this;
  allm_.push_back(std::move(owned));
  mcount_.fetch_add(1, std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> live(live_mu_);
    live_ms_++;
  }
  if (!pool_->spawn(&Scheduler::mstart_entry, nmp)) {
    // No thread left (the browser's worker ceiling): the work stays queued for the
    // Ms that exist; the P goes back to the idle list.
    {
      std::lock_guard<std::mutex> live(live_mu_);
      live_ms_--;
    }
    allm_.pop_back();
    mcount_.fetch_sub(1, std::memory_order_relaxed);
    pidleput(pp);
    if (spinning) nmspinning_.fetch_sub(1, std::memory_order_relaxed);
  }
}

void Scheduler::wakep() {
  // Be conservative: at most one spinning M at a time is started from here.
  int32_t zero = 0;
  if (nmspinning_.load(std::memory_order_relaxed) != 0 ||
      !nmspinning_.compare_exchange_strong(zero, 1, std::memory_order_acq_rel))
    return;
  if (npidle_.load(std::memory_order_relaxed) == 0) {
    nmspinning_.fetch_sub(1, std::memory_order_relaxed);
    return;
  }
  startm(nullptr, true);
}

void Scheduler::resetspinning(M* mp) {
  mp->spinning = false;
  int32_t n = nmspinning_.fetch_sub(1, std::memory_order_acq_rel) - 1;
  if (n < 0) {
    std::fprintf(stderr, "runtime: resetspinning: negative nmspinning\n");
    std::abort();
  }
  // The last spinning M found work: make sure someone keeps looking.
  wakep();
}

void Scheduler::handoffp(P* pp) {
  // Go: handoffp — start an M for pp if there is work, or if nobody is looking for
  // work; otherwise park pp on the idle list.
  if (!runqempty(pp) || runqsize_.load(std::memory_order_relaxed) != 0) {
    startm(pp, false);
    return;
  }
  int32_t zero = 0;
  if (nmspinning_.load() + npidle_.load() == 0 && nmspinning_.compare_exchange_strong(zero, 1)) {
    startm(pp, true);
    return;
  }
  std::unique_lock<std::mutex> lock(lock_);
  if (runqsize_.load(std::memory_order_relaxed) != 0) {
    lock.unlock();
    startm(pp, false);
    return;
  }
  // Go: wakeNetPoller(pp.timers.wakeTime()) — the P goes idle with timers on it, and
  // every other M may already be asleep for good: make sure one wakes for them.
  const int64_t when = pp->timer0when.load(std::memory_order_acquire);
  pidleput(pp);
  if (when == 0) return;
  if (timer_sleeper_) {
    if (when < timer_sleeper_until_) timer_sleeper_->park.wakeup();
    return;
  }
  lock.unlock();
  wakep();
}

void Scheduler::stopm(M* mp) {
  {
    std::lock_guard<std::mutex> lock(lock_);
    if (exiting()) return;
    mput(mp);
  }
  mp->blocked.store(true, std::memory_order_relaxed);
  mp->state.store(0, std::memory_order_relaxed);
  mp->park.sleep();
  mp->park.clear();
  mp->blocked.store(false, std::memory_order_relaxed);
  if (mp->nextp) {
    acquirep(mp, mp->nextp);
    mp->nextp = nullptr;
  }
}

// ---- system calls (Go: entersyscall / exitsyscall / exitsyscall0) -----------------

void Scheduler::entersyscall(G* gp) {
  M* mp = gp->m;
  P* pp = mp->p;
  casgstatus(gp, Grunning, Gsyscall);
  pp->curg_pub.store(nullptr, std::memory_order_release);
  pp->m = nullptr;
  mp->oldp = pp;
  mp->oldp_id.store(pp->id, std::memory_order_relaxed);
  mp->p = nullptr;
  mp->p_id.store(-1, std::memory_order_relaxed);
  mp->state.store(3, std::memory_order_relaxed);
  // seq_cst pairs with stop_the_world's flag: either it sees _Psyscall or we see it.
  pp->status.store(Psyscall, std::memory_order_seq_cst);
  if (stw_waiting_.load(std::memory_order_seq_cst)) {
    // Go: entersyscall_gcwait — a world-stopper is waiting for this P: stop it now.
    std::lock_guard<std::mutex> lock(lock_);
    uint32_t expect = Psyscall;
    if (stw_waiting_.load() && pp->status.compare_exchange_strong(expect, Pgcstop, std::memory_order_acq_rel)) {
      pp->syscalltick.fetch_add(1, std::memory_order_relaxed);
      if (--stopwait_ == 0) stw_note_.wakeup();
    }
  }
}

bool Scheduler::exitsyscall(G* gp) {
  M* mp = gp->m;
  P* oldp = mp->oldp;
  mp->oldp = nullptr;
  mp->oldp_id.store(-1, std::memory_order_relaxed);
  P* pp = nullptr;
  uint32_t expect = Psyscall;
  if (oldp && oldp->status.compare_exchange_strong(expect, Pidle, std::memory_order_acq_rel)) {
    pp = oldp;  // nobody took it: carry on with the P we had
  } else if (npidle_.load(std::memory_order_acquire) > 0 && !stw_waiting_.load(std::memory_order_acquire)) {
    std::lock_guard<std::mutex> lock(lock_);
    pp = pidleget();
  }
  if (!pp) return false;
  acquirep(mp, pp);
  pp->syscalltick.fetch_add(1, std::memory_order_relaxed);
  casgstatus(gp, Gsyscall, Grunning);
  pp->curg_pub.store(gp, std::memory_order_release);
  mp->state.store(1, std::memory_order_relaxed);
  return true;
}

void Scheduler::exitsyscall0(M* mp, G* gp) {
  gp->m = nullptr;
  casgstatus(gp, Gsyscall, Grunnable);
  P* pp = nullptr;
  {
    std::lock_guard<std::mutex> lock(lock_);
    if (!stw_waiting_.load(std::memory_order_acquire)) pp = pidleget();
    if (!pp) globrunqput(gp);
  }
  mp->state.store(0, std::memory_order_relaxed);
  if (pp) {
    // A P came free after all: run the G next on it (a locked M picks it from runnext).
    acquirep(mp, pp);
    runqput(pp, gp, true);
  }
  // Without a P the M's next schedule() parks it (stopm, or stoplockedm if locked).
}

void Scheduler::stop_syscall_ps() {
  for (int i = 0; i < procs(); i++) {
    P* pp = allp_[static_cast<size_t>(i)].get();
    uint32_t expect = Psyscall;
    if (pp->status.load(std::memory_order_seq_cst) == Psyscall &&
        pp->status.compare_exchange_strong(expect, Pgcstop, std::memory_order_acq_rel)) {
      pp->syscalltick.fetch_add(1, std::memory_order_relaxed);
      stopwait_--;
    }
  }
}

// ---- LockOSThread (Go: lockOSThread, stoplockedm, startlockedm, mexit) -------------

bool Scheduler::lock_os_thread(G* gp) {
  M* mp = gp->m;
  if (mp->lockedExt == UINT32_MAX) return false;
  mp->lockedExt++;
  mp->lockedg.store(gp, std::memory_order_relaxed);
  gp->lockedm.store(mp, std::memory_order_relaxed);
  return true;
}

void Scheduler::unlock_os_thread(G* gp) {
  M* mp = gp->m;
  if (mp->lockedExt == 0) return;  // Go: an unmatched unlock is a no-op
  mp->lockedExt--;
  if (mp->lockedExt != 0 || mp->lockedInt != 0) return;
  mp->lockedg.store(nullptr, std::memory_order_relaxed);
  gp->lockedm.store(nullptr, std::memory_order_relaxed);
}

void Scheduler::stoplockedm(M* mp) {
  if (mp->p) {
    P* pp = releasep(mp);
    handoffp(pp);
  }
  {
    std::lock_guard<std::mutex> lock(lock_);
    nmidlelocked_++;
    checkdead();
  }
  mp->state.store(4, std::memory_order_relaxed);
  mp->blocked.store(true, std::memory_order_relaxed);
  while (!exiting()) {
    mp->park.sleep();
    mp->park.clear();
    std::lock_guard<std::mutex> lock(lock_);
    if (mp->nextp) break;
  }
  mp->blocked.store(false, std::memory_order_relaxed);
  std::lock_guard<std::mutex> lock(lock_);
  nmidlelocked_--;
  if (mp->nextp) {
    acquirep(mp, mp->nextp);
    mp->nextp = nullptr;
  }
}

bool Scheduler::park_in_place(G* gp) {
  M* mp = gp->m;
  // Go: cgocallbackg's lockOSThread, for the duration of the callback's wait.
  mp->lockedInt++;
  mp->lockedg.store(gp, std::memory_order_relaxed);
  gp->lockedm.store(mp, std::memory_order_relaxed);
  mp->curg = nullptr;
  mp->curg_pub.store(nullptr, std::memory_order_release);
  if (mp->p) mp->p->curg_pub.store(nullptr, std::memory_order_release);
  park_m(mp, gp);  // _Gwaiting and the unlock function (or back to our runnext at once)
  bool resumed = false;
  while (!exiting()) {
    // schedule()'s locked-M path, minus the call into the executor: we are inside it.
    G* expect = gp;
    if (!(mp->p && mp->p->runnext.compare_exchange_strong(expect, nullptr, std::memory_order_acq_rel)))
      stoplockedm(mp);
    if (exiting() || !mp->p) continue;
    P* pp = mp->p;
    mp->curg = gp;
    gp->m = mp;
    casgstatus(gp, Grunnable, Grunning);
    pp->schedtick++;
    pp->schedtick_pub.store(pp->schedtick, std::memory_order_relaxed);
    pp->curg_pub.store(gp, std::memory_order_release);
    mp->curg_pub.store(gp, std::memory_order_release);
    mp->state.store(1, std::memory_order_relaxed);
    gp->switches.fetch_add(1, std::memory_order_relaxed);
    resumed = true;
    break;
  }
  mp->lockedInt--;
  if (mp->lockedInt == 0 && mp->lockedExt == 0) {
    mp->lockedg.store(nullptr, std::memory_order_relaxed);
    gp->lockedm.store(nullptr, std::memory_order_relaxed);
  }
  return resumed;
}

void Scheduler::startlockedm(M* mp, G* gp) {
  M* lm = gp->lockedm.load(std::memory_order_relaxed);
  P* pp = releasep(mp);
  mp->state.store(0, std::memory_order_relaxed);
  std::lock_guard<std::mutex> lock(lock_);
  lm->nextp = pp;
  lm->park.wakeup();
}

void Scheduler::retire_m(M* mp) {
  // Go: mexit. The P goes to whoever has work for it; the M is no longer counted (Go:
  // nmfreed) and never reused — it stays in allm_ only so snapshots can say it exited.
  mp->lockedg.store(nullptr, std::memory_order_relaxed);
  if (mp->p) handoffp(releasep(mp));
  mp->state.store(5, std::memory_order_relaxed);
  mp->p_id.store(-1, std::memory_order_relaxed);
  {
    std::lock_guard<std::mutex> lock(lock_);
    mcount_.fetch_sub(1, std::memory_order_relaxed);
    checkdead();
  }
  if (mp->id == 0) {
    // m0 is the thread that called run(): it cannot leave before the program ends, so
    // it waits for the exit, as Go wedges its main thread.
    while (!exiting()) {
      mp->park.sleep();
      mp->park.clear();
    }
  }
}

// Go: checkdead. Called with lock_ held when an M goes idle.
void Scheduler::checkdead() {
  if (exiting()) return;
  int32_t run = mcount_.load(std::memory_order_relaxed) - nmidle_ - nmidlelocked_;
  if (run > 0) return;
  int waiting = 0;
  {
    std::lock_guard<std::mutex> g(allg_lock_);
    for (G* gp : allg_) {
      uint32_t s = readgstatus(gp);
      if (s == Gwaiting || s == Gpreempted) waiting++;
      else if (s == Grunnable || s == Grunning || s == Gsyscall) return;  // someone will run it
    }
  }
  if (waiting > 0 && timers_keep_alive()) {
    if (opts_.deterministic) {
      // Go's faketime: nothing can run before the next timer, so it is now.
      int64_t when = next_timer_when();
      if (when > faketime_.load(std::memory_order_relaxed)) faketime_.store(when, std::memory_order_release);
      P* pp = pidleget();
      M* mp = pp ? mget() : nullptr;
      if (mp) {
        mp->nextp = pp;
        mp->park.wakeup();
      } else if (pp) {
        pidleput(pp);
      }
    }
    return;
  }
  if (deadlock_reported_.exchange(true)) return;
  exec_.fatal(waiting == 0 ? "no goroutines (main called runtime.Goexit) - deadlock!"
                           : "all goroutines are asleep - deadlock!");
  exiting_.store(true, std::memory_order_release);
  // Every other M is idle: wake them so they see the exit.
  wake_all_ms();
  sysmon_note_.wakeup();
}

// Idle Ms, locked Ms waiting for their G, and a wedged m0 all park on their notes; a
// wake-up that finds an M awake only makes its next sleep return at once (the M then
// sees the exit flag).
void Scheduler::wake_all_ms() {
  for (auto& m : allm_) m->park.wakeup();  // the caller's too: its next park returns at once
}

void Scheduler::request_exit() {
  exiting_.store(true, std::memory_order_release);
  std::lock_guard<std::mutex> lock(lock_);
  wake_all_ms();
  sysmon_note_.wakeup();
}

// ---- the scheduling loop ---------------------------------------------------------

void Scheduler::run(G* main_g) {
  start_ns_ = os::nanotime();
  faketime_.store(start_ns_, std::memory_order_release);
  // Map seeds and iteration starts come from maps' own generator, which is process-wide:
  // deterministic mode restarts it from the seed (one run at a time per process).
  if (opts_.deterministic) maps::set_map_seed_for_tests(opts_.seed * 0x9E3779B97F4A7C15ull + 1);
  tls_sched = this;
  int nprocs = std::min(opts_.gomaxprocs > 0 ? opts_.gomaxprocs : default_procs(), kMaxProcs);
  allp_.reserve(kMaxProcs);
  {
    std::lock_guard<std::mutex> lock(lock_);
    procresize(nprocs);
    pidle_ = nullptr;
    npidle_.store(0);
    for (int i = nprocs - 1; i >= 0; i--) pidleput(allp_[static_cast<size_t>(i)].get());
    auto m0 = std::make_unique<M>();
    m0->id = 0;
    m0->fastrand = opts_.seed ? static_cast<uint32_t>(opts_.seed * 2654435761u) | 1u : 0;
    tls_m = m0.get();
    allm_.push_back(std::move(m0));
    mcount_.store(1, std::memory_order_relaxed);
    acquirep(tls_m, pidleget());
  }
  M* m0 = tls_m;
  m0->procid.store(os::gettid(), std::memory_order_relaxed);
  // Go's runtime.main starts three goroutines of its own before main.main (forcegc,
  // bgsweep, bgscavenge: ids 2-4 from P0's first batch); we have no such goroutines
  // but keep their ids taken, so a program's goroutine ids read as Go's do with
  // GOMAXPROCS=1.
  for (int i = 0; i < 3; i++) next_goid();
  {
    std::lock_guard<std::mutex> g(allg_lock_);
    main_g->allg_index = allg_.size();
    allg_.push_back(main_g);
  }
  ngoroutines_.fetch_add(1, std::memory_order_relaxed);
  casgstatus(main_g, Gidle, Grunnable);
  runqput(m0->p, main_g, false);  // its first run counts as a schedtick, as after Go's runtime.main
  // sysmon runs on its own thread, without a P.
  {
    std::lock_guard<std::mutex> live(live_mu_);
    live_ms_++;
  }
  sysmon_running_ = true;
  if (!pool_->spawn(&Scheduler::sysmon_entry, this)) {
    sysmon_running_ = false;
    std::lock_guard<std::mutex> live(live_mu_);
    live_ms_--;
  }
  mstart(m0);
  // The program has ended: wait until every other M (and sysmon) is back in the pool.
  request_exit();
  {
    std::unique_lock<std::mutex> live(live_mu_);
    live_cv_.wait(live, [&] { return live_ms_ == 0; });
  }
  // The panels keep showing how the program ended (e.g. who was blocked at a deadlock).
  publish_snapshot();
  // Free what is left: goroutines still blocked when main returned.
  std::vector<G*> left;
  {
    std::lock_guard<std::mutex> g(allg_lock_);
    left.swap(allg_);
  }
  for (G* gp : left) {
    gp->allg_index = SIZE_MAX;
    if (readgstatus(gp) != Gdead) exec_.free_g(gp);  // the dead were freed at goexit0
  }
  tls_m = nullptr;
  tls_sched = nullptr;
}

void Scheduler::mstart(M* mp) {
  tls_m = mp;
  tls_sched = this;
  mp->procid.store(os::gettid(), std::memory_order_relaxed);
  if (mp->nextp) {
    acquirep(mp, mp->nextp);
    mp->nextp = nullptr;
  }
  while (!exiting() && !mp->retired) schedule(mp);
  if (mp->retired) {
    retire_m(mp);
  } else if (mp->p) {
    std::lock_guard<std::mutex> lock(lock_);
    pidleput(releasep(mp));
  }
  if (!mp->retired) mp->state.store(0, std::memory_order_relaxed);
  if (mp->id != 0) {
    tls_m = nullptr;
    tls_sched = nullptr;
    std::lock_guard<std::mutex> live(live_mu_);
    if (--live_ms_ == 0) live_cv_.notify_all();
  }
}

void Scheduler::schedule(M* mp) {
  if (opts_.controls && mp->p) control_point(mp);
  if (G* lg = mp->lockedg.load(std::memory_order_relaxed)) {
    // Go: schedule's first check — this M runs only its locked G. If the G sits in our
    // own runnext (its park was called off, or it came back from a system call to an
    // idle P), run it at once; otherwise wait for whoever schedules it.
    G* expect = lg;
    if (!(mp->p && mp->p->runnext.compare_exchange_strong(expect, nullptr, std::memory_order_acq_rel)))
      stoplockedm(mp);
    if (exiting() || !mp->p) return;
    execute(mp, lg, false);
    return;
  }
  bool inherit = false;
  G* gp = findrunnable(mp, &inherit);
  if (!gp) return;  // exiting
  // This M was spinning and found work: stop spinning and maybe wake another.
  if (mp->spinning) resetspinning(mp);
  if (M* lm = gp->lockedm.load(std::memory_order_relaxed); lm && lm != mp) {
    // The G is wired to another M: give that M our P; we look for work again (with no
    // P, findrunnable parks us).
    startlockedm(mp, gp);
    return;
  }
  execute(mp, gp, inherit);
}

G* Scheduler::findrunnable(M* mp, bool* inherit) {
  for (;;) {
    if (exiting()) return nullptr;
    P* pp = mp->p;
    if (!pp) {
      stopm(mp);
      continue;
    }
    if (stw_waiting_.load(std::memory_order_acquire)) {
      gcstopm(mp);
      continue;
    }
    if (opts_.controls && opts_.controls->gomaxprocs.load(std::memory_order_relaxed) != 0) {
      serve_gomaxprocs_request(mp);  // (an M woken for it while every P was idle)
      continue;
    }
    int64_t now = now_ns();
    int64_t next_timer = 0;
    check_timers(pp, now, &next_timer);
    G* gp = nullptr;
    // Fairness: now and then take one from the global queue first.
    if (pp->schedtick % 61 == 0 && runqsize_.load(std::memory_order_relaxed) > 0) {
      std::lock_guard<std::mutex> lock(lock_);
      gp = globrunqget(pp, 1);
    }
    if (gp) {
      *inherit = false;
      return gp;
    }
    if ((gp = runqget(pp, inherit))) return gp;
    if (runqsize_.load(std::memory_order_relaxed) > 0) {
      std::lock_guard<std::mutex> lock(lock_);
      gp = globrunqget(pp, 0);
      if (gp) {
        *inherit = false;
        return gp;
      }
    }
    // Steal: limit spinning Ms to half the busy Ps.
    int32_t nprocs = gomaxprocs_.load(std::memory_order_relaxed);
    if (mp->spinning || 2 * nmspinning_.load(std::memory_order_relaxed) < nprocs - npidle_.load(std::memory_order_relaxed)) {
      if (!mp->spinning) {
        mp->spinning = true;
        nmspinning_.fetch_add(1, std::memory_order_relaxed);
      }
      mp->state.store(2, std::memory_order_relaxed);
      int64_t poll_until = 0;
      bool ran_timer = false;
      gp = steal_work(mp, now, &poll_until, &ran_timer);
      if (gp) {
        *inherit = false;
        return gp;
      }
      if (ran_timer) continue;  // a timer readied a G onto our queue
    }
    // Nothing to do: give up the P.
    std::unique_lock<std::mutex> lock(lock_);
    if (exiting()) return nullptr;
    if (runqsize_.load(std::memory_order_relaxed) > 0) {
      gp = globrunqget(pp, 0);
      *inherit = false;
      return gp;
    }
    pidleput(releasep(mp));
    lock.unlock();
    bool was_spinning = mp->spinning;
    if (mp->spinning) {
      mp->spinning = false;
      nmspinning_.fetch_sub(1, std::memory_order_acq_rel);
      // Re-check every P after dropping the spinning count (Go's delicate dance: a G
      // readied while we were giving up must not be stranded).
      for (int i = 0; i < procs(); i++) {
        if (!runqempty(allp_[static_cast<size_t>(i)].get())) {
          lock.lock();
          P* np = pidleget();
          lock.unlock();
          if (np) {
            acquirep(mp, np);
            mp->spinning = true;
            nmspinning_.fetch_add(1, std::memory_order_relaxed);
          }
          break;
        }
      }
      if (mp->p) continue;
    }
    (void)was_spinning;
    // Timers pending somewhere: one M sleeps until the earliest (Go: netpoll(delay)).
    // (Deterministic mode never sleeps for a timer: the M parks and checkdead moves
    // the virtual clock once every M is idle.)
    if (!opts_.deterministic && timers_keep_alive()) {
      lock.lock();
      // The earliest timer is read under lock_: a timer pushed after this read finds
      // the sleeper set when add_timer checks it under lock_, and wakes it if earlier.
      // (Read before taking the lock, a timer added in between was missed, and the
      // M that added it then stopped, seeing a sleeper already there: a 10 ms sleep
      // could wait for another goroutine's 2 s timer.)
      int64_t when = next_timer_when();
      if (when != 0 && !timer_sleeper_ && !exiting()) {
        timer_sleeper_ = mp;
        timer_sleeper_until_ = when;
        lock.unlock();
        mp->state.store(0, std::memory_order_relaxed);
        int64_t delay = when - os::nanotime();
        if (delay > 0) mp->park.tsleep(delay);
        mp->park.clear();
        lock.lock();
        timer_sleeper_ = nullptr;
        P* np = exiting() ? nullptr : pidleget();
        lock.unlock();
        if (np) {
          acquirep(mp, np);
          continue;
        }
        stopm(mp);
        continue;
      }
      if (when != 0 && timer_sleeper_ && when < timer_sleeper_until_) timer_sleeper_->park.wakeup();
      lock.unlock();
    }
    stopm(mp);
  }
}

G* Scheduler::steal_work(M* mp, int64_t now, int64_t* poll_until, bool* ran_timer) {
  P* pp = mp->p;
  int n = procs();
  if (n <= 1) return nullptr;
  // Go's randomOrder: start anywhere, step by a number coprime with n.
  std::vector<int> coprimes;
  for (int i = 1; i <= n; i++)
    if (std::gcd(i, n) == 1) coprimes.push_back(i);
  for (int pass = 0; pass < 4; pass++) {
    bool last = pass == 3;  // only now take timers and runnext
    int pos = static_cast<int>(fastrand() % static_cast<uint32_t>(n));
    int inc = coprimes[fastrand() % coprimes.size()];
    for (int i = 0; i < n; i++, pos = (pos + inc) % n) {
      if (exiting()) return nullptr;
      P* p2 = allp_[pos].get();
      if (p2 == pp) continue;
      if (last) {
        int64_t w = p2->timer0when.load(std::memory_order_relaxed);
        if (w != 0 && w <= now) {
          int64_t next = 0;
          if (check_timers(p2, now, &next)) {
            *ran_timer = true;
            bool inh;
            if (G* gp = runqget(pp, &inh)) return gp;
          }
        }
      }
      if (p2->status.load(std::memory_order_acquire) == Pidle) continue;
      if (G* gp = runqsteal(pp, p2, last)) return gp;
    }
  }
  (void)poll_until;
  return nullptr;
}

void Scheduler::execute(M* mp, G* gp, bool inherit) {
  P* pp = mp->p;
  mp->curg = gp;
  gp->m = mp;
  casgstatus(gp, Grunnable, Grunning);
  if (!inherit) {
    pp->schedtick++;
    pp->schedtick_pub.store(pp->schedtick, std::memory_order_relaxed);
  }
  pp->curg_pub.store(gp, std::memory_order_release);
  mp->curg_pub.store(gp, std::memory_order_release);
  mp->state.store(1, std::memory_order_relaxed);
  gp->switches.fetch_add(1, std::memory_order_relaxed);
  Stopped why = exec_.execute(gp);
  mp->curg = nullptr;
  mp->curg_pub.store(nullptr, std::memory_order_release);
  if (mp->p) mp->p->curg_pub.store(nullptr, std::memory_order_release);
  switch (why) {
    case Stopped::Parked: park_m(mp, gp); break;
    case Stopped::Yielded: gosched_m(mp, gp, false); break;
    case Stopped::Preempted: gosched_m(mp, gp, true); break;
    case Stopped::Exited: goexit0(mp, gp); break;
    case Stopped::SyscallExit: exitsyscall0(mp, gp); break;
    case Stopped::ExitProgram:
      gp->m = nullptr;
      request_exit();
      break;
  }
}

void Scheduler::prepare_park(G* gp, WaitReason reason, bool (*unlockf)(G*, void*), void* lock) {
  M* mp = gp->m;
  gp->waitreason.store(reason, std::memory_order_relaxed);
  gp->waitsince = os::nanotime();
  mp->waitunlockf = unlockf;
  mp->waitlock = lock;
}

void Scheduler::park_m(M* mp, G* gp) {
  gp->m = nullptr;
  casgstatus(gp, Grunning, Gwaiting);
  auto fn = mp->waitunlockf;
  void* lock = mp->waitlock;
  mp->waitunlockf = nullptr;
  mp->waitlock = nullptr;
  if (fn && !fn(gp, lock)) {
    // The park was called off (e.g. a select whose channel became ready): run it again.
    casgstatus(gp, Gwaiting, Grunnable);
    runqput(mp->p, gp, true);
  }
}

void Scheduler::gosched_m(M* mp, G* gp, bool preempted) {
  gp->m = nullptr;
  (void)mp;
  if (preempted) preemptions.fetch_add(1, std::memory_order_relaxed);
  casgstatus(gp, Grunning, Grunnable);
  std::lock_guard<std::mutex> lock(lock_);
  globrunqput(gp);
}

void Scheduler::goexit0(M* mp, G* gp) {
  // Go: gdestroy — a G that exits still wired to its thread takes the thread with it
  // (it may have left it in a state nobody else should inherit).
  bool locked = gp->lockedm.load(std::memory_order_relaxed) != nullptr;
  gp->lockedm.store(nullptr, std::memory_order_relaxed);
  mp->lockedg.store(nullptr, std::memory_order_relaxed);
  mp->lockedExt = 0;
  if (locked) mp->retired = true;
  gp->m = nullptr;
  // It stays in allg_ as a dead G (Go: allgs never shrinks), so the next goroutine
  // that reuses it takes no lock here or in newproc.
  casgstatus(gp, Grunning, Gdead);
  if (!gp->system) ngoroutines_.fetch_sub(1, std::memory_order_relaxed);
  exec_.free_g(gp);
}

void Scheduler::newproc(G* newg) {
  if (newg->allg_index == SIZE_MAX) {  // a new G (Go: allgadd from malg); a reused one is listed
    std::lock_guard<std::mutex> g(allg_lock_);
    newg->allg_index = allg_.size();
    allg_.push_back(newg);
  }
  if (!newg->system) ngoroutines_.fetch_add(1, std::memory_order_relaxed);
  casgstatus(newg, Gidle, Grunnable);
  runqput(current_p(), newg, true);
  wakep();
}

void Scheduler::ready(G* gp) {
  casgstatus(gp, Gwaiting, Grunnable);
  P* pp = current_p();
  runqput(pp, gp, true);
  wakep();
}

int64_t Scheduler::next_goid() {
  constexpr int64_t kGoidCacheBatch = 16;  // Go: _GoidCacheBatch
  P* pp = current_p();
  if (!pp) pp = allp_.empty() ? nullptr : allp_[0].get();
  if (!pp) return goidgen_.fetch_add(1, std::memory_order_relaxed) + 1;
  if (pp->goidcache == pp->goidcacheend) {
    pp->goidcache = goidgen_.fetch_add(kGoidCacheBatch, std::memory_order_relaxed) + 1;
    pp->goidcacheend = pp->goidcache + kGoidCacheBatch;
  }
  return pp->goidcache++;
}

int64_t Scheduler::num_goroutine() const { return ngoroutines_.load(std::memory_order_relaxed); }

void Scheduler::for_each_g(const std::function<void(G*)>& fn) const {
  std::lock_guard<std::mutex> g(allg_lock_);
  std::vector<G*> sorted;
  sorted.reserve(allg_.size());
  for (G* gp : allg_) {
    const uint32_t s = readgstatus(gp);
    if (s != Gdead && s != Gidle) sorted.push_back(gp);  // live goroutines only
  }
  std::sort(sorted.begin(), sorted.end(), [](G* a, G* b) { return a->goid < b->goid; });
  for (G* gp : sorted) fn(gp);
}

int Scheduler::num_ms() const { return mcount_.load(std::memory_order_relaxed); }

// Go: procresize — with the world stopped (or at start-up): n Ps, those beyond n
// emptied into the global queue and P0's timers. Needs lock_.
void Scheduler::procresize(int n) {
  int old = procs();
  while (static_cast<int>(allp_.size()) < n) {
    auto pp = std::make_unique<P>();
    pp->id = static_cast<int32_t>(allp_.size());
    pp->mcache = exec_.new_p_mcache(pp->id);
    allp_.push_back(std::move(pp));  // capacity reserved: readers never see a reallocation
  }
  for (int i = n; i < old; i++) {
    P* pp = allp_[static_cast<size_t>(i)].get();
    bool inh;
    while (G* gp = runqget(pp, &inh)) globrunqput(gp);
    P* into = allp_[0].get();
    std::vector<Timer> moved;
    {
      std::lock_guard<std::mutex> tl(pp->timers_lock);
      moved.swap(pp->timers);
      pp->timer0when.store(0, std::memory_order_release);
    }
    {
      std::lock_guard<std::mutex> tl(into->timers_lock);
      for (Timer& t : moved) {
        into->timers.push_back(t);
        std::push_heap(into->timers.begin(), into->timers.end(), [](const Timer& a, const Timer& b) { return a.when > b.when; });
      }
      if (!into->timers.empty()) into->timer0when.store(into->timers.front().when, std::memory_order_release);
    }
    if (pp->mcache) exec_.release_p_mcache(pp->mcache);  // kept for when the P returns
    pp->status.store(Pdead, std::memory_order_release);
  }
  gomaxprocs_.store(n, std::memory_order_release);
}

// Go: stopTheWorldWithSema — every P but the caller's stops (idle ones at once,
// running ones when their G reaches a safe point and their M its scheduler).
bool Scheduler::stop_the_world(M* mp) {
  std::unique_lock<std::mutex> lock(lock_);
  // One world-stopper at a time (Go: worldsema); a second one backs off and retries.
  if (stw_waiting_.load(std::memory_order_acquire)) return false;
  stw_waiting_.store(true, std::memory_order_seq_cst);
  stopwait_ = procs() - 1;
  mp->p->status.store(Pgcstop, std::memory_order_release);
  stop_syscall_ps();
  while (P* pp = pidleget()) {
    pp->status.store(Pgcstop, std::memory_order_release);
    stopwait_--;
  }
  for (int i = 0; i < procs(); i++) {
    P* pp = allp_[static_cast<size_t>(i)].get();
    if (pp == mp->p) continue;
    if (G* gp = pp->curg_pub.load(std::memory_order_acquire)) {
      gp->preempt.store(true, std::memory_order_relaxed);
      request_preempt(gp->stack);
    }
  }
  while (stopwait_ > 0 && !exiting()) {
    lock.unlock();
    stw_note_.tsleep(1'000'000);
    stw_note_.clear();
    lock.lock();
    stop_syscall_ps();
    // a G that was between safe points when asked may need asking again
    for (int i = 0; i < procs(); i++) {
      P* pp = allp_[static_cast<size_t>(i)].get();
      if (pp == mp->p || pp->status.load() == Pgcstop) continue;
      if (G* gp = pp->curg_pub.load(std::memory_order_acquire)) {
        gp->preempt.store(true, std::memory_order_relaxed);
        request_preempt(gp->stack);
      }
    }
  }
  return true;
}

// Go: gcstopm — this M's P stops for the world-stopper; the M parks.
void Scheduler::gcstopm(M* mp) {
  if (mp->spinning) {
    mp->spinning = false;
    nmspinning_.fetch_sub(1, std::memory_order_acq_rel);
  }
  {
    std::lock_guard<std::mutex> lock(lock_);
    P* pp = releasep(mp);
    pp->status.store(Pgcstop, std::memory_order_release);
    if (--stopwait_ == 0) stw_note_.wakeup();
  }
  stopm(mp);
}

// Go: startTheWorldWithSema — the Ps go back to work: those with queued Gs get Ms.
void Scheduler::start_the_world(M* mp) {
  std::vector<P*> with_work;
  {
    std::lock_guard<std::mutex> lock(lock_);
    stw_waiting_.store(false, std::memory_order_release);
    mp->p->status.store(Prunning, std::memory_order_release);
    for (int i = procs() - 1; i >= 0; i--) {
      P* pp = allp_[static_cast<size_t>(i)].get();
      if (pp == mp->p) continue;
      if (!runqempty(pp)) with_work.push_back(pp);
      else pidleput(pp);
    }
  }
  for (P* pp : with_work) startm(pp, false);
  wakep();
}

bool Scheduler::freeze_the_world() {
  M* mp = tls_m;
  if (!mp || !mp->p || exiting()) return false;
  return stop_the_world(mp) && !exiting();
}

int Scheduler::gomaxprocs(int n) {
  int old = procs();
  if (n <= 0 || n == old) return old;
  if (n > kMaxProcs) n = kMaxProcs;
  M* mp = tls_m;
  if (!mp || !mp->p) return old;
  if (!stop_the_world(mp)) return -1;  // another stop-the-world is under way: yield, retry
  if (exiting()) return old;
  {
    std::lock_guard<std::mutex> lock(lock_);
    procresize(n);
    if (mp->p->id >= n) {  // our P is gone: continue on P0 (Go does the same)
      mp->p->status.store(Pdead, std::memory_order_release);
      mp->p->m = nullptr;
      mp->p->curg_pub.store(nullptr, std::memory_order_release);
      mp->p = nullptr;
      acquirep(mp, allp_[0].get());
      mp->p->curg_pub.store(mp->curg, std::memory_order_release);
    }
  }
  start_the_world(mp);
  return old;
}

// ---- live controls (sched/control.h) -----------------------------------------------

void Scheduler::serve_gomaxprocs_request(M* mp) {
  LiveControls* c = opts_.controls;
  int n = c->gomaxprocs.exchange(0, std::memory_order_acq_rel);
  if (n <= 0 || opts_.deterministic) return;  // deterministic mode keeps its one P
  if (gomaxprocs(n) < 0) {                    // another world-stopper: ask again later
    int none = 0;
    c->gomaxprocs.compare_exchange_strong(none, n, std::memory_order_acq_rel);
  }
}

// At a scheduling point of an M holding a P, before it looks for a G: a pending
// GOMAXPROCS request; the pause (the M waits, polling, until resumed, a step is granted,
// a world-stopper needs its P, or the program ends); then the tempo's wait.
void Scheduler::control_point(M* mp) {
  LiveControls* c = opts_.controls;
  if (c->gomaxprocs.load(std::memory_order_relaxed) != 0) serve_gomaxprocs_request(mp);
  constexpr int64_t kPoll = 10'000'000;
  os::Note nap;  // nobody wakes it: a timed sleep
  while (c->paused.load(std::memory_order_acquire) && !exiting() && !stw_waiting_.load(std::memory_order_acquire)) {
    int64_t credits = c->step_credits.load(std::memory_order_acquire);
    if (credits > 0 && c->step_credits.compare_exchange_strong(credits, credits - 1, std::memory_order_acq_rel)) {
      steps_taken_.fetch_add(1, std::memory_order_relaxed);
      break;  // one step: this M runs the next G, then comes back here
    }
    if (c->gomaxprocs.load(std::memory_order_relaxed) != 0) serve_gomaxprocs_request(mp);
    nap.tsleep(kPoll);
  }
  int64_t wait = int64_t{c->tempo_ms.load(std::memory_order_relaxed)} * 1'000'000;
  while (wait > 0 && !exiting() && !stw_waiting_.load(std::memory_order_acquire)) {
    int64_t slice = wait < kPoll ? wait : kPoll;
    nap.tsleep(slice);
    wait -= slice;
  }
}

// ---- sysmon -----------------------------------------------------------------------

void Scheduler::sysmon_entry(void* arg) { static_cast<Scheduler*>(arg)->sysmon(); }

void Scheduler::sysmon() {
  tls_sched = this;
  int64_t delay_us = 20;
  int idle = 0;
  int64_t last_trace = 0;  // Go prints the first line as soon as sysmon starts
  int64_t last_snapshot = 0;
  while (!exiting()) {
    if (idle == 0) delay_us = 20;
    else if (idle > 50) delay_us *= 2;
    if (delay_us > 10'000) delay_us = 10'000;
    sysmon_note_.tsleep(delay_us * 1000);
    sysmon_note_.clear();
    if (exiting()) break;
    if (LiveControls* c = opts_.controls) {
      // A GOMAXPROCS request while every P may be idle: wake an M to serve it. A pause:
      // running Gs stop at their next safe point (not in deterministic mode, whose
      // schedule a forced preemption would change; there the pause waits for the next
      // scheduling point).
      if (c->gomaxprocs.load(std::memory_order_relaxed) != 0) wakep();
      if (c->paused.load(std::memory_order_relaxed) && !opts_.deterministic) {
        std::lock_guard<std::mutex> lock(lock_);
        for (int i = 0; i < procs(); i++)
          if (G* gp = allp_[static_cast<size_t>(i)]->curg_pub.load(std::memory_order_acquire)) {
            gp->preempt.store(true, std::memory_order_relaxed);
            request_preempt(gp->stack);
          }
      }
    }
    // Every P idle: nothing to preempt. Sleep until a P is taken (acquirep wakes us),
    // as Go's sysmon does, so an idle program costs no CPU. The flag is set before
    // the re-check, and acquirep clears it after taking its P: no wake-up is lost.
    if (npidle_.load() == procs() && opts_.schedtrace_ms <= 0) {
      publish_snapshot();
      sysmon_wait_.store(true);
      if (npidle_.load() == procs() && !exiting()) sysmon_note_.tsleep(60'000'000'000);
      sysmon_wait_.store(false);
      sysmon_note_.clear();
      idle = 0;
      continue;
    }
    int64_t now = os::nanotime();
    // Go resets the back-off only when it took a P back from a system call.
    if (retake(now) > 0) idle = 0;
    else idle++;
    if (opts_.schedtrace_ms > 0 && now - last_trace >= opts_.schedtrace_ms * 1'000'000) {
      last_trace = now;
      schedtrace(opts_.scheddetail);
    }
    if (now - last_snapshot >= kSnapshotPeriodNs) {
      last_snapshot = now;
      publish_snapshot();
    }
  }
  tls_sched = nullptr;
  std::lock_guard<std::mutex> live(live_mu_);
  if (--live_ms_ == 0) live_cv_.notify_all();
}

int Scheduler::retake(int64_t now) {
  int taken = 0;
  for (int i = 0; i < procs(); i++) {
    P* pp = allp_[static_cast<size_t>(i)].get();
    uint32_t s = pp->status.load(std::memory_order_acquire);
    bool sysretake = false;
    if (s == Prunning || s == Psyscall) {
      uint32_t t = pp->schedtick_pub.load(std::memory_order_relaxed);
      if (pp->sysmon_schedtick != t) {
        pp->sysmon_schedtick = t;
        pp->sysmon_schedwhen = now;
      } else if (pp->sysmon_schedwhen + kForcePreemptNs <= now) {
        // Go: preemptone — the running G stops at its next prologue or back-edge. A P
        // in a system call has no running G; a long call makes its P retakable now.
        G* gp = s == Prunning && !opts_.deterministic ? pp->curg_pub.load(std::memory_order_acquire) : nullptr;
        if (gp && !gp->preempt.load(std::memory_order_relaxed)) {
          gp->preempt.store(true, std::memory_order_relaxed);
          request_preempt(gp->stack);
          pp->preemptions.fetch_add(1, std::memory_order_relaxed);
        }
        sysretake = true;
      }
    }
    if (s != Psyscall) continue;
    // Go: retake a P from a system call that has lasted at least one sysmon tick.
    uint32_t t = pp->syscalltick.load(std::memory_order_relaxed);
    if (!sysretake && pp->sysmon_syscalltick != t) {
      pp->sysmon_syscalltick = t;
      pp->sysmon_syscallwhen = now;
      continue;
    }
    // Not worth it when nothing waits and someone is already looking for work — but
    // after 10 ms take it anyway, as Go does.
    if (runqempty(pp) && nmspinning_.load() + npidle_.load() > 0 && pp->sysmon_syscallwhen + 10'000'000 > now)
      continue;
    uint32_t expect = Psyscall;
    if (pp->status.compare_exchange_strong(expect, Pidle, std::memory_order_acq_rel)) {
      taken++;
      pp->syscalltick.fetch_add(1, std::memory_order_relaxed);
      handoffs.fetch_add(1, std::memory_order_relaxed);
      handoffp(pp);
    }
  }
  return taken;
}

void Scheduler::schedtrace(bool detail) {
  std::string out;
  char buf[256];
  int64_t now = os::nanotime();
  std::lock_guard<std::mutex> lock(lock_);
  std::snprintf(buf, sizeof buf,
                "SCHED %lldms: gomaxprocs=%d idleprocs=%d threads=%d spinningthreads=%d needspinning=%d idlethreads=%d runqueue=%d",
                static_cast<long long>((now - start_ns_) / 1'000'000), gomaxprocs_.load(), npidle_.load(),
                mcount_.load() + (sysmon_running_ ? 1 : 0), nmspinning_.load(), needspinning_.load() ? 1 : 0,
                nmidle_, runqsize_.load());
  out += buf;
  if (detail)
    out += std::string(" gcwaiting=false nmidlelocked=") + std::to_string(nmidlelocked_) +
           " stopwait=0 sysmonwait=false\n";
  size_t np = static_cast<size_t>(procs());
  for (size_t i = 0; i < np; i++) {
    P* pp = allp_[i].get();
    uint32_t h = pp->runqhead.load(), t = pp->runqtail.load();
    if (detail) {
      const M* mp = nullptr;
      for (auto& m : allm_)
        if (m->p_id.load(std::memory_order_relaxed) == pp->id) mp = m.get();
      std::snprintf(buf, sizeof buf, "  P%zu: status=%u schedtick=%u syscalltick=%u m=", i, pp->status.load(),
                    pp->schedtick_pub.load(), pp->syscalltick.load(std::memory_order_relaxed));
      out += buf;
      out += mp ? std::to_string(mp->id) : "nil";
      std::lock_guard<std::mutex> tl(pp->timers_lock);
      std::snprintf(buf, sizeof buf, " runqsize=%u gfreecnt=0 timerslen=%zu\n", t - h, pp->timers.size());
      out += buf;
    } else {
      out += " ";
      if (i == 0) out += "[";
      out += std::to_string(t - h);
      if (i == np - 1) out += "]\n";
    }
  }
  if (detail) {
    // Newest first, as Go walks allm; sysmon's M (M1, no P, never spinning) among them.
    // sysmon is the one printing: Go shows it holding two locks (sched.lock and the
    // print lock).
    auto sysmon_line = [&] {
      if (sysmon_running_)
        out += "  M1: p=nil curg=nil mallocing=0 throwing=0 preemptoff= locks=2 dying=0 spinning=false "
               "blocked=false lockedg=nil\n";
    };
    for (auto it = allm_.rbegin(); it != allm_.rend(); ++it) {
      const auto& mp = *it;
      if (mp->id == 0) sysmon_line();
      int st = mp->state.load(std::memory_order_relaxed);
      if (st == 5) continue;  // retired (Go: freed from allm)
      int32_t pid = mp->p_id.load(std::memory_order_relaxed);
      G* cg = mp->curg_pub.load(std::memory_order_acquire);
      G* lg = mp->lockedg.load(std::memory_order_relaxed);
      out += "  M" + std::to_string(mp->id) + ": p=" + (pid >= 0 ? std::to_string(pid) : "nil") +
             " curg=" + (cg ? std::to_string(cg->goid) : "nil") +
             " mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=" + (st == 2 ? "true" : "false") +
             " blocked=" + (mp->blocked.load() ? "true" : "false") +
             " lockedg=" + (lg ? std::to_string(lg->goid) : "nil") + "\n";
    }
    std::lock_guard<std::mutex> g(allg_lock_);
    for (G* gp : allg_) {
      int64_t gm = -1;
      for (auto& m : allm_)
        if (m->curg_pub.load(std::memory_order_acquire) == gp) gm = m->id;
      M* lm = gp->lockedm.load(std::memory_order_relaxed);
      out += "  G" + std::to_string(gp->goid) + ": status=" + std::to_string(readgstatus(gp)) + "(" +
             wait_reason_string(gp->waitreason.load()) + ") m=" + (gm >= 0 ? std::to_string(gm) : "nil") +
             " lockedm=" + (lm ? std::to_string(lm->id) : "nil") + "\n";
    }
  }
  exec_.write_stderr(out);
  // keep the last lines for the Scheduler panel's feed
  size_t pos = 0;
  while (pos < out.size()) {
    size_t nl = out.find('\n', pos);
    if (nl == std::string::npos) nl = out.size();
    trace_lines_.push_back(out.substr(pos, nl - pos));
    pos = nl + 1;
  }
  if (trace_lines_.size() > 200) trace_lines_.erase(trace_lines_.begin(), trace_lines_.end() - 200);
}

}  // namespace gs::sched
