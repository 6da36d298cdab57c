// snapshot.cpp — builds the SchedSnapshot panels read (see snapshot.h). Locks taken, in
// the runtime's lock order: each channel's lock on its own, then sched.lock, then each
// P's timer lock, then the G list's lock — each briefly, never two channel locks at once.
#include <algorithm>

#include "chan/chan.h"
#include "sched/control.h"
#include "sched/proc.h"

namespace gs::sched {

void Scheduler::register_chan(Hchan* c) {
  std::lock_guard<std::mutex> lock(chans_mu_);
  chans_.push_back(c);
}

std::shared_ptr<const SchedSnapshot> Scheduler::snapshot() const {
  std::unique_lock<std::mutex> lock(snap_mu_, std::try_to_lock);
  if (!lock.owns_lock()) return nullptr;
  return snap_;
}

void Scheduler::publish_snapshot() {
  auto s = std::make_shared<SchedSnapshot>();
  s->taken_ns = os::nanotime() - start_ns_;
  // Channels first (their locks come before sched.lock in the order). chans_mu_ stays
  // held while they are read: the collector drops dead channels from the list under
  // it, before they can be freed (prune_chans).
  std::unique_lock<std::mutex> chans_lock(chans_mu_);
  for (Hchan* c : chans_) {
    ChanSnap cs;
    std::lock_guard<std::mutex> cl(c->lock);
    cs.id = c->id;
    cs.elem_type = exec_.type_name(c->elemtype);
    cs.cap = c->dataqsiz;
    cs.len = c->qcount.load(std::memory_order_relaxed);
    cs.sendx = c->sendx;
    cs.recvx = c->recvx;
    cs.closed = c->closed.load(std::memory_order_relaxed) != 0;
    cs.timer = c->is_timer.load(std::memory_order_relaxed);
    cs.buffer.resize(static_cast<size_t>(std::min<uint64_t>(c->dataqsiz, 4096)));
    for (uint64_t k = 0; k < cs.len && k < cs.buffer.size(); k++) {
      uint64_t slot = (c->recvx + k) % c->dataqsiz;
      if (slot < cs.buffer.size())
        cs.buffer[slot] = c->elemsize ? exec_.describe_value(c->elemtype, c->buf + slot * c->elemsize) : "{}";
    }
    for (Sudog* sg = c->recvq.first; sg; sg = sg->next) {
      cs.recvq.push_back(sg->g->goid);
      cs.recvq_select.push_back(sg->isSelect);
    }
    for (Sudog* sg = c->sendq.first; sg; sg = sg->next) {
      cs.sendq.push_back(sg->g->goid);
      cs.sendq_select.push_back(sg->isSelect);
    }
    s->chans.push_back(std::move(cs));
  }
  chans_lock.unlock();
  {
    std::lock_guard<std::mutex> lock(lock_);
    s->gomaxprocs = gomaxprocs_.load();
    s->idle_ps = npidle_.load();
    s->threads = mcount_.load() + (sysmon_running_ ? 1 : 0);
    s->spinning = nmspinning_.load();
    s->idle_ms = nmidle_;
    for (G* gp = runq_head_; gp && s->global_runq.size() < 1024; gp = gp->schedlink) s->global_runq.push_back(gp->goid);
    s->preemptions = preemptions.load();
    s->handoffs = handoffs.load();
    s->schedtrace = trace_lines_;
    s->deterministic = opts_.deterministic;
    if (const LiveControls* c = opts_.controls) {
      s->controls = true;
      s->paused = c->paused.load(std::memory_order_relaxed);
      s->tempo_ms = c->tempo_ms.load(std::memory_order_relaxed);
      s->steps_taken = steps_taken_.load(std::memory_order_relaxed);
    }
    if (sysmon_running_.load()) {
      MSnap ms;  // sysmon: an M of its own, without a P (Go counts it in threads)
      ms.id = -1;
      ms.state = sysmon_wait_.load() ? "sysmon (asleep: every P idle)" : "sysmon";
      s->ms.push_back(ms);
    }
    for (auto& mp : allm_) {
      MSnap ms;
      ms.id = mp->id;
      ms.procid = mp->procid.load(std::memory_order_relaxed);
      int st = mp->state.load(std::memory_order_relaxed);
      ms.state = st == 1 ? "running" : st == 2 ? "spinning" : st == 3 ? "syscall" : st == 4 ? "locked, waiting"
                 : st == 5 ? "exited" : "idle";
      if (mp.get() == timer_sleeper_) ms.state = "timer sleep";
      ms.p = mp->p_id.load(std::memory_order_relaxed);
      G* cg = mp->curg_pub.load(std::memory_order_acquire);
      ms.curg = cg && (st == 1 || st == 3) ? cg->goid.load() : 0;
      int32_t op = mp->oldp_id.load(std::memory_order_relaxed);
      if (st == 3 && op >= 0 && op < procs() &&
          allp_[static_cast<size_t>(op)]->status.load(std::memory_order_acquire) == Psyscall)
        ms.oldp = op;  // the P it left behind, not yet taken by sysmon
      G* lg = mp->lockedg.load(std::memory_order_relaxed);
      ms.lockedg = lg ? lg->goid.load() : 0;
      s->ms.push_back(ms);
    }
  }
  for (int i = 0; i < procs(); i++) {
    P* pp = allp_[static_cast<size_t>(i)].get();
    PSnap ps;
    ps.id = pp->id;
    ps.status = pp->status.load(std::memory_order_acquire);
    ps.schedtick = pp->schedtick_pub.load(std::memory_order_relaxed);
    G* cg = pp->curg_pub.load(std::memory_order_acquire);
    ps.curg = cg ? cg->goid.load() : 0;
    G* nx = pp->runnext.load(std::memory_order_acquire);
    ps.runnext = nx ? nx->goid.load() : 0;
    ps.runqhead = pp->runqhead.load(std::memory_order_acquire);
    ps.runqtail = pp->runqtail.load(std::memory_order_acquire);
    for (uint32_t i = ps.runqhead; i != ps.runqtail && ps.runq.size() < static_cast<size_t>(kRunqSize); i++) {
      G* gp = pp->runq[i % kRunqSize].load(std::memory_order_relaxed);
      ps.runq.push_back(gp ? gp->goid.load() : 0);
    }
    {
      std::lock_guard<std::mutex> tl(pp->timers_lock);
      ps.timers = pp->timers.size();
    }
    ps.steals = pp->steals.load(std::memory_order_relaxed);
    ps.preemptions = pp->preemptions.load(std::memory_order_relaxed);
    s->steals += ps.steals;
    s->ps.push_back(std::move(ps));
  }
  for (auto& ps : s->ps)
    for (auto& ms : s->ms)
      if (ms.p == ps.id) ps.m = ms.id;
  {
    std::lock_guard<std::mutex> g(allg_lock_);
    s->goroutines = 0;
    for (G* gp : allg_) {
      const uint32_t status = readgstatus(gp);
      if (status == Gdead || status == Gidle) continue;  // allg_ keeps dead Gs for reuse
      s->goroutines++;
      GSnap gs;
      gs.goid = gp->goid;
      gs.status = status;
      gs.status_text = gs.status == Gwaiting ? wait_reason_string(gp->waitreason.load()) : gstatus_name(gs.status);
      gs.stack_size = gp->stack_bytes.load(std::memory_order_relaxed);
      gs.stack_grows = gp->stack_grows.load(std::memory_order_relaxed);
      gp->origin(&gs.start_func, &gs.created_at);
      gs.switches = gp->switches.load(std::memory_order_relaxed);
      gs.locked = gp->lockedm.load(std::memory_order_relaxed) != nullptr;
      const void* wf = gp->where_fn.load(std::memory_order_acquire);
      if (wf) gs.where = exec_.describe_site(wf, gp->where_pc.load(std::memory_order_relaxed));
      if (gs.status == Gwaiting) {
        gs.waiting_on_chan = gp->waiting_chan_id.load(std::memory_order_relaxed);
        gs.in_select = gp->waitreason.load() == WaitReason::Select;
      }
      s->gs.push_back(std::move(gs));
    }
  }
  std::sort(s->gs.begin(), s->gs.end(), [](const GSnap& a, const GSnap& b) { return a.goid < b.goid; });
  for (auto& gs : s->gs)
    for (auto& ms : s->ms)
      if (ms.curg == gs.goid) gs.m = ms.id;
  std::shared_ptr<const SchedSnapshot> done = std::move(s);
  {
    std::lock_guard<std::mutex> lock(snap_mu_);
    snap_.swap(done);
  }
  exec_.publish_runtime_snapshots();
}

}  // namespace gs::sched
