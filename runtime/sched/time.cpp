// time.cpp — timers on Ps (Go: time.go's addtimer/deltimer/modtimer, checkTimers and
// runtimer, and timeSleepUntil).
//
// Invariants:
//  * Each P keeps its timers in a min-heap on `when`, guarded by its timers_lock;
//    timer0when mirrors the heap's top (0: empty) so other Ms can look without the lock.
//  * A timer's identity is its id; the heap holds (id, seq) entries. Stopping or
//    resetting bumps the id's seq in the registry, so an old heap entry is dropped
//    when it reaches the top instead of being searched for (Go deletes lazily too).
//  * f runs without a P's timers_lock or timer_states_mu_ held, on an M that holds a
//    P: it may ready goroutines (onto that P), send on channels and add timers.
//  * Firing and stopping exclude each other (timer_fire_mu_): a timer is fired only if
//    its state is still pending with the heap entry's seq, and a one-shot stops being
//    pending in the same critical section. So stop_timer's answer is exact: true means
//    f has not run and will not; false means it ran (or the timer was already gone).
//  * A timer's state is erased once it can fire no more (a one-shot after firing, a
//    timer stopped with forget), so long runs with many timers do not accumulate state.
//  * f may stop or reset timers, its own included (timer_fire_mu_ is recursive).
#include <algorithm>
#include <unordered_map>

#include "chan/chan.h"
#include "sched/proc.h"

namespace gs::sched {

namespace {
bool heap_less(const Timer& a, const Timer& b) { return a.when > b.when; }  // min-heap via std::*_heap

void push_timer(P* pp, const Timer& t) {
  std::lock_guard<std::mutex> lock(pp->timers_lock);
  pp->timers.push_back(t);
  std::push_heap(pp->timers.begin(), pp->timers.end(), heap_less);
  pp->timer0when.store(pp->timers.front().when, std::memory_order_release);
}
}  // namespace

int64_t Scheduler::add_timer(int64_t when, int64_t period, void (*f)(void*, int64_t), void* arg, Hchan* chan) {
  P* pp = current_p();
  if (!pp) pp = allp_[0].get();
  int64_t id = timer_id_gen_.fetch_add(1, std::memory_order_relaxed) + 1;
  Timer t;
  t.when = when;
  t.period = period;
  t.f = f;
  t.arg = arg;
  t.id = id;
  {
    std::lock_guard<std::mutex> lock(timer_states_mu_);
    auto& st = timer_states_[id];
    st.seq = 1;
    st.pending = true;
    st.f = f;
    st.arg = arg;
    st.chan = chan;
    t.seq = 1;
  }
  push_timer(pp, t);
  // Go: wakeNetPoller — an M sleeping until a later instant must re-check.
  std::lock_guard<std::mutex> lock(lock_);
  if (timer_sleeper_ && when < timer_sleeper_until_) timer_sleeper_->park.wakeup();
  return id;
}

bool Scheduler::stop_timer(int64_t id, void** arg, bool forget) {
  std::lock_guard<std::recursive_mutex> fire(timer_fire_mu_);
  std::lock_guard<std::mutex> lock(timer_states_mu_);
  if (arg) *arg = nullptr;
  auto it = timer_states_.find(id);
  if (it == timer_states_.end()) return false;
  bool was = it->second.pending;
  if (arg) *arg = it->second.arg;
  // Its heap entries are dropped when they reach the top (their seq is stale, or the
  // state is gone).
  if (forget) {
    timer_states_.erase(it);
  } else {
    it->second.pending = false;
    it->second.seq++;
  }
  return was;
}

bool Scheduler::reset_timer(int64_t id, int64_t when, int64_t period) {
  Timer t;
  bool was;
  {
    std::lock_guard<std::recursive_mutex> fire(timer_fire_mu_);
    std::lock_guard<std::mutex> lock(timer_states_mu_);
    auto it = timer_states_.find(id);
    if (it == timer_states_.end() || !it->second.f) return false;
    was = it->second.pending;
    it->second.pending = true;
    it->second.seq++;
    t.id = id;
    t.seq = it->second.seq;
    t.f = it->second.f;
    t.arg = it->second.arg;
  }
  t.when = when;
  t.period = period;
  P* pp = current_p();
  if (!pp) pp = allp_[0].get();
  push_timer(pp, t);
  std::lock_guard<std::mutex> lock(lock_);
  if (timer_sleeper_ && when < timer_sleeper_until_) timer_sleeper_->park.wakeup();
  return was;
}

bool Scheduler::check_timers(P* pp, int64_t now, int64_t* next) {
  int64_t first = pp->timer0when.load(std::memory_order_acquire);
  *next = first;
  if (first == 0 || first > now) return false;
  std::vector<Timer> due;
    {
    std::lock_guard<std::mutex> lock(pp->timers_lock);
    while (!pp->timers.empty() && pp->timers.front().when <= now) {
      std::pop_heap(pp->timers.begin(), pp->timers.end(), heap_less);
      Timer t = pp->timers.back();
      pp->timers.pop_back();
      bool live;
      {
        std::lock_guard<std::mutex> rl(timer_states_mu_);
        auto it = timer_states_.find(t.id);
        live = it != timer_states_.end() && it->second.pending && it->second.seq == t.seq;
      }
      if (!live) continue;
      due.push_back(t);
      if (t.period > 0) {  // a ticker: next instant after now, skipping missed ticks
        Timer again = t;
        again.when = t.when + t.period * (1 + (now - t.when) / t.period);
        pp->timers.push_back(again);
        std::push_heap(pp->timers.begin(), pp->timers.end(), heap_less);
      }
    }
    int64_t top = pp->timers.empty() ? 0 : pp->timers.front().when;
    pp->timer0when.store(top, std::memory_order_release);
    *next = top;
  }
  // Fire each unless a stop or reset came in between (checked again, now excluding
  // them); a one-shot is no longer pending from this point.
  bool fired = false;
  for (const Timer& t : due) {
    std::lock_guard<std::recursive_mutex> fire(timer_fire_mu_);
    {
      std::lock_guard<std::mutex> rl(timer_states_mu_);
      auto it = timer_states_.find(t.id);
      if (it == timer_states_.end() || !it->second.pending || it->second.seq != t.seq) continue;
      if (t.period <= 0) timer_states_.erase(it);
    }
    t.f(t.arg, now);
    fired = true;
  }
  return fired;
}

bool Scheduler::timers_keep_alive() {
  std::lock_guard<std::mutex> lock(timer_states_mu_);
  for (auto& [id, st] : timer_states_) {
    if (!st.pending) continue;
    if (!st.chan) return true;
    if (st.chan->recvq.waiting.load(std::memory_order_relaxed) > 0) return true;
  }
  return false;
}

int64_t Scheduler::next_timer_when() const {
  int64_t best = 0;
  for (int i = 0; i < procs(); i++) {
    const auto& pp = allp_[static_cast<size_t>(i)];
    int64_t w = pp->timer0when.load(std::memory_order_acquire);
    if (w != 0 && (best == 0 || w < best)) best = w;
  }
  return best;
}

}  // namespace gs::sched
