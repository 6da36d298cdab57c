// proc_gc.cpp — what the scheduler does for the garbage collector (Go: proc.go's
// stopTheWorldWithSema/startTheWorldWithSema as gcStart and gcMarkTermination use
// them, and the allocation caches Ps own).
//
// Invariants:
//  * The collector stops the world from a goroutine's M that holds a P, like
//    runtime.GOMAXPROCS; a second stopper backs off (false) and retries later.
//  * The channel list the Channels panel reads holds only channels the last cycle
//    marked (or made since): pruning runs with the world stopped, under chans_mu_.
#include "chan/chan.h"
#include "sched/proc.h"

namespace gs::sched {

void Scheduler::prune_chans(const std::function<bool(const void*)>& is_marked) {
  std::lock_guard<std::mutex> lock(chans_mu_);
  std::vector<Hchan*> live;
  live.reserve(chans_.size());
  for (Hchan* c : chans_)
    if (is_marked(c)) live.push_back(c);
  chans_.swap(live);
}

bool Scheduler::gc_stop_the_world() {
  M* mp = current_m();
  if (!mp || !mp->p) return false;
  if (!stop_the_world(mp)) return false;
  if (exiting()) {
    // The stop gave up because the program is ending: Ps may still be running.
    start_the_world(mp);
    return false;
  }
  return true;
}

void Scheduler::preempt_running() {
  std::lock_guard<std::mutex> lock(lock_);
  for (int i = 0; i < procs(); i++) {
    if (G* gp = allp_[static_cast<size_t>(i)]->curg_pub.load(std::memory_order_acquire)) {
      gp->gc_poke.store(true, std::memory_order_relaxed);
      gp->preempt.store(true, std::memory_order_relaxed);
      request_preempt(gp->stack);
    }
  }
}

void Scheduler::gc_start_the_world() {
  if (M* mp = current_m()) start_the_world(mp);
}

}  // namespace gs::sched
