// gcroots.cpp — the VM as the collector's root source and world (Go: mgcmark.go's
// markroot over data/bss, goroutine stacks and runtime-internal roots; the world
// stops through the scheduler).
//
// Invariants:
//  * mark_roots runs with the world stopped: every goroutine is parked, runnable or
//    stopped at a safe point with its (fn, pc, fp) saved and no C++ frame of its own
//    on the host stack (a cycle starts only at host depth 0, and stop-the-world waits
//    for running goroutines to reach a depth-0 safe point). So its frames — described
//    exactly by their stack maps — hold every pointer it has.
//  * Besides frames and globals, the VM keeps Go pointers in: deferred calls (the
//    funcval, the interface receiver, the argument copy), panics in progress (their
//    values) and timers' callbacks (funcval and argument). Each is reported here.
//  * Channels registered for the Channels panel are weak: mark termination drops the
//    ones that were not marked, before sweeping can free them.
#include <vector>

#include "os/note.h"

#include "gc/mgc.h"
#include "lib/native.h"
#include "mem/malloc.h"
#include "sched/threadpool.h"
#include "mem/mcache.h"
#include "vm/interp.h"
#include "vm/memory.h"
#include "vm/panic.h"

namespace gs::vm {

namespace {

// fn's pointer words live at pc: its stack map minus the temporaries no range of
// which covers pc (pc - 1 counts too: a parked call is re-run from its own pc).
void live_frame_bits(const Func* fn, uint32_t pc, std::vector<uint8_t>& bits) {
  bits = fn->ptrbits;
  if (fn->temp_live.empty() || bits.empty()) return;
  auto covers = [&](const Func::TempLive& t) {
    return (pc >= t.start && pc < t.end) || (pc > 0 && pc - 1 >= t.start && pc - 1 < t.end);
  };
  // A slot is dead only if none of its ranges covers pc: clear the dead ranges' words,
  // then restore the words of every live range.
  for (const auto& t : fn->temp_live)
    if (!covers(t))
      for (int32_t w = t.word; w < t.word + t.nwords; w++) bits[static_cast<size_t>(w) / 8] &= static_cast<uint8_t>(~(1u << (w % 8)));
  for (const auto& t : fn->temp_live)
    if (covers(t))
      for (int32_t w = t.word; w < t.word + t.nwords; w++)
        bits[static_cast<size_t>(w) / 8] |= static_cast<uint8_t>(fn->ptrbits[static_cast<size_t>(w) / 8] & (1u << (w % 8)));
}

}  // namespace

// Go: shrinkstack from scanstack — with the world stopped, a goroutine using less
// than a quarter of its stack gets one half the size (GODEBUG=gcshrinkstackoff=1
// turns it off). Only where every pointer into the stack from outside is known (Go:
// isShrinkStackSafe): not the goroutine running this collection, not one inside a
// runtime call back into Go (C++ frames hold its addresses). The pointers the runtime
// keeps into a parked goroutine's stack are its sudogs' elem (one for a channel send
// or receive, one per case for a select, plus the select's case list): they move with
// the stack (Go: adjustsudogs); no other goroutine can touch them while the world is
// stopped; so do the deferred calls' words (Go: adjustdefers). Semaphore waits are keyed
// by the address of a sync word, which may be in a frame (a Mutex that does not escape),
// but then only its own goroutine can reach it: a goroutine blocked on it waits forever
// whatever the key, so a stale key loses no wakeup.
void Machine::maybe_shrink_stack(G& g, uint32_t status) {
  using sched::WaitReason;
  if (options_.gc.gcshrinkstackoff != 0 || &g == tls_g || g.host_depth != 0 || !g.fp) return;
  const WaitReason why = g.waitreason.load(std::memory_order_relaxed);
  const bool chan_wait = g.resume == G::Resume::ChanSend || g.resume == G::Resume::ChanRecv;
  const bool select_wait = g.resume == G::Resume::Select && g.select_wait;
  const bool plain = g.resume == G::Resume::None || g.resume == G::Resume::Rerun;
  bool ok = false;
  if (status == sched::Grunnable) ok = plain || chan_wait || select_wait;
  if (status == sched::Gwaiting) {
    switch (why) {
      case WaitReason::Sleep: case WaitReason::SyncCondWait: case WaitReason::SyncMutexLock:
      case WaitReason::SyncRWMutexRLock: case WaitReason::SyncRWMutexLock: case WaitReason::SyncWaitGroupWait:
      case WaitReason::Semacquire:
        ok = plain;
        break;
      case WaitReason::ChanReceive: case WaitReason::ChanSend: ok = chan_wait; break;
      case WaitReason::Select: ok = select_wait; break;
      default: break;
    }
  }
  if (!ok || !g.stack.word_roots.empty() || !g.stack.native_roots.empty()) return;
  if (g.resume_sg && !chan_wait) return;
  collect_defer_roots(g);
  if (g.resume_sg) g.stack.native_roots.push_back(&g.resume_sg->elem);
  if (select_wait) {
    for (chan::Scase& c : g.select_wait->cases) g.stack.native_roots.push_back(&c.elem);
    for (sched::Sudog* sg = g.select_wait->sglist; sg; sg = sg->waitlink) g.stack.native_roots.push_back(&sg->elem);
  }
  g.stack.fp = reinterpret_cast<uintptr_t>(g.fp);
  g.stack.sp = reinterpret_cast<uintptr_t>(g.fp);
  const bool shrank = sched::shrinkstack(g.stack, stack_ctx());
  g.stack.native_roots.clear();
  g.stack.word_roots.clear();
  if (!shrank) return;
  g.fp = ptr(static_cast<types::Word>(g.stack.fp));
  g.stack_bytes.store(g.stack.stack.size(), std::memory_order_relaxed);
}

void Machine::collect_defer_roots(G& g) {
  for (Defer* d = g.defers; d; d = d->next)
    d->for_each_pointer_word([&](types::Word* w) { g.stack.word_roots.push_back(reinterpret_cast<uint64_t*>(w)); });
}

gc::RootSizes Machine::mark_roots(gc::RootScanner& s) {
  gc::RootSizes sizes;
  // Globals (Go: markroot's data and bss jobs) by their pointer bitmap.
  if (!m_.globals.empty()) {
    s.block(m_.globals.data(), m_.globals.size() / 8, m_.globals_ptrbits.empty() ? nullptr : m_.globals_ptrbits.data());
    sizes.globals_bytes = m_.globals.size();
  }
  // Every goroutine (Go: markroot's per-G scanstack jobs).
  std::vector<uint8_t> bits;
  std::lock_guard<std::mutex> lock(gfree_mu_);
  for (const auto& up : allgs_) {
    G* g = up.get();
    const uint32_t st = g->atomicstatus.load(std::memory_order_acquire);
    if (st == sched::Gdead || st == sched::Gidle) continue;
    maybe_shrink_stack(*g, st);
    // Walk the frames from the innermost, each with the pc it is stopped at (the next
    // instruction for the innermost, the return address for callers), scanning the
    // words its stack map marks minus the temporaries dead at that pc.
    uintptr_t lowest = g->stack.stack.hi;
    uint8_t* fp = g->fp;
    const Func* fn = g->fn;
    uint32_t pc = g->pc;
    while (fp && fn) {
      live_frame_bits(fn, pc, bits);
      s.block(fp, static_cast<uint64_t>(fn->frame_size) / 8, bits.empty() ? nullptr : bits.data());
      if (reinterpret_cast<uintptr_t>(fp) < lowest) lowest = reinterpret_cast<uintptr_t>(fp);
      const Func* caller = static_cast<const Func*>(types::ptr_from_word(ld<types::Word>(fp + kSavedFunc)));
      pc = static_cast<uint32_t>(ld<types::Word>(fp + kSavedPc));
      fp = ptr(ld<types::Word>(fp + kSavedFp));
      fn = caller;
    }
    sizes.stack_bytes += g->stack.stack.hi - lowest;
    scanned_stack_bytes_ += g->stack.stack.hi - lowest;  // Go: p.scannedStackSize
    scanned_stacks_++;
    for (Defer* d = g->defers; d; d = d->next) d->for_each_pointer_word([&](types::Word* w) { s.pointer_word(w); });
    for (Panic* p = g->panic; p; p = p->link) s.pointer_word(&p->value.data);
    for (const G::NativeArgs* a = g->native_args; a; a = a->outer) s.conservative(a->block, a->size);
  }
  // Running timers (a Timer's or Ticker's channel and Location, AfterFunc's func).
  std::lock_guard<std::mutex> tlock(timer_calls_mu_);
  for (const auto& [key, tc] : timer_calls_) {
    s.pointer_word(&tc->chan);
    s.pointer_word(&tc->loc);
    s.pointer_word(&tc->funcval);
  }
  return sizes;
}

void Machine::after_mark(const std::function<bool(const void*)>& is_marked) {
  if (sched_) sched_->prune_chans(is_marked);
  compute_starting_stack_size();
}

// Go: gcComputeStartingStackSize — the average stack in use plus the guard (so a
// goroutine using the average does not grow at once), between 2 KiB and the max stack
// size, rounded up to a power of two. New goroutines that reuse a dead G start there;
// a stack too small still grows, one too big still shrinks.
void Machine::compute_starting_stack_size() {
  if (options_.gc.adaptivestackstart == 0) return;
  const uint64_t bytes = scanned_stack_bytes_, stacks = scanned_stacks_;
  scanned_stack_bytes_ = scanned_stacks_ = 0;
  uint64_t size = sched::kFixedStack;
  if (stacks != 0) {
    uint64_t avg = bytes / stacks + sched::kStackGuard;  // our prologue's guard (Go adds its own, 928)
    avg = std::clamp<uint64_t>(avg, sched::kFixedStack, std::max<uint64_t>(stacks_.max_stack(), sched::kFixedStack));
    while (size < avg) size <<= 1;
  }
  starting_stack_size_.store(size, std::memory_order_relaxed);
}

// The world as the collector sees it: the scheduler's stop/start, on the calling M.
class Machine::GcWorld : public gc::World {
 public:
  explicit GcWorld(Machine& m) : m_(m) {}
  bool stop_the_world() override { return m_.sched_->gc_stop_the_world(); }
  void start_the_world() override { m_.sched_->gc_start_the_world(); }
  int gomaxprocs() override { return m_.sched_->gomaxprocs(); }
  bool spawn(void (*fn)(void*), void* arg) override { return pool().spawn(fn, arg); }
  void* spawn_parked(void (*fn)(void*), void* arg) override { return pool().spawn_parked(fn, arg); }
  void start_spawned(void* handle) override {
    if (handle) sched::ThreadPool::wake(handle);
  }
  void request_safe_points() override { m_.sched_->preempt_running(); }

 private:
  sched::ThreadPool& pool() {
    return m_.options_.sched.pool ? *m_.options_.sched.pool : sched::ThreadPool::process_pool();
  }
  Machine& m_;
};

void Machine::start_collector() {
  gc_world_ = std::make_unique<GcWorld>(*this);
  gc::GcEnv env = options_.gc;
  // Deterministic mode: no thread may mark beside the program (its timing would
  // change what the program sees): every cycle marks in one pause.
  if (options_.sched.deterministic) env.gcstoptheworld = 1;
  gc_ = std::make_unique<gc::Collector>(*heap_, *gc_world_, *this, env,
                                        [this](const std::string& line) { writer_(2, line); });
  heap_->set_gc_trigger_hook(&Machine::gc_trigger_hook, this);
  heap_->set_gc_trigger(gc_->trigger());
  gc_ptr_.store(gc_.get(), std::memory_order_release);
}

// Each P allocates through its own mcache (Go: p.mcache), lock-free on its M.
mem::MCache* Machine::new_p_mcache(int32_t p_id) { return heap_ ? heap_->new_mcache(p_id) : nullptr; }
// A P leaving service (the world is stopped) gives its spans back to their mcentrals.
void Machine::release_p_mcache(mem::MCache* c) { c->release_all(); }

void Machine::publish_runtime_snapshots() {
  publish_iface_snapshot();
  if (!heap_) return;
  auto snap = std::make_shared<trace::MemSnapshot>();
  if (sched_) snap->taken_ns = os::nanotime() - sched_->start_ns();
  heap_->snapshot(&snap->alloc);
  snap->stats = heap_->mem_stats();
  if (gc::Collector* c = gc_ptr_.load(std::memory_order_acquire)) {
    int32_t gogc = pending_gogc_.exchange(INT32_MIN, std::memory_order_relaxed);
    if (gogc != INT32_MIN) c->set_gc_percent(gogc);
    int64_t limit = pending_memory_limit_.exchange(INT64_MIN, std::memory_order_relaxed);
    if (limit != INT64_MIN) c->set_memory_limit(limit);
    c->sample_heap();
    // sysmon's forced GC (every 2 minutes without a cycle); not in deterministic mode,
    // where real time must not change what the program sees.
    if (!options_.sched.deterministic) c->check_periodic();
    c->snapshot(&snap->gc);  // a cycle updating its counters this instant: empty this time
  } else if (final_gc_snapshot_) {
    snap->gc = *final_gc_snapshot_;
  }
  snap->stacks = stacks_.stats();
  snap->heap_limit = heap_->limit_bytes();
  std::shared_ptr<const trace::MemSnapshot> done = std::move(snap);
  std::lock_guard<std::mutex> lock(mem_snap_mu_);
  mem_snap_.swap(done);
}

void Machine::stop_collector() {
  if (!gc_) return;
  heap_->set_gc_trigger_hook(nullptr, nullptr);
  gc_->stop_background();
  gc::GcSnapshot* last = new gc::GcSnapshot();
  for (int i = 0; i < 1000 && !gc_->snapshot(last); i++) {
  }
  final_gc_snapshot_.reset(last);
  gc_ptr_.store(nullptr, std::memory_order_release);
  publish_runtime_snapshots();  // the picture the run ended with
}

// Called by mallocgc when the heap crosses the trigger (on the allocating thread):
// the goroutine allocating is asked to stop at its next safe point, where execute()
// runs the cycle (Go: mallocgc calling gcStart — here deferred to the safe point,
// since the allocation may be inside a native with Go pointers in C++ locals).
void Machine::gc_trigger_hook(void* self) {
  // While the collector marks, allocation pays through the assist hook below; only
  // what needs the world or a whole cycle — mark termination, a periodic or a
  // triggered cycle — waits for the goroutine's next safe point.
  auto* m = static_cast<Machine*>(self);
  if (gc::Collector* c = m ? m->gc_ptr_.load(std::memory_order_acquire) : nullptr;
      c && c->phase() == gc::GcPhase::Mark) {
    if (!c->mark_done_pending() && !c->periodic_pending()) return;
  }
  if (G* g = tls_g) {
    g->gc_requested = true;
    g->preempt.store(true, std::memory_order_relaxed);
    sched::request_preempt(g->stack);
  }
}

// Go: gcResetMarkState — with the world stopped at a cycle's start.
void Machine::reset_assist_credit() {
  std::lock_guard<std::mutex> lock(gfree_mu_);
  for (const auto& g : allgs_) g->gc_assist_bytes = 0;
}

// At a depth-0 safe point of g: mark termination if concurrent marking has run out of
// work; else, while marking, what is left of the assist debt (mallocgc's hook assists
// first); else a cycle if
// one is due. False: another world-stopper is busy (the caller should yield to the
// scheduler, which stops this M for it).
bool Machine::gc_at_safe_point(G& g) {
  g.gc_requested = false;
  if (!gc_ || g.host_depth != 0) return true;
  gc::Collector::Result r;
  if (gc_->mark_done_pending()) {
    r = gc_->finish_mark();
  } else if (gc_->periodic_pending()) {
    r = gc_->collect_periodic();
  } else if (gc_->phase() == gc::GcPhase::Mark) {
    if (g.gc_assist_bytes < 0) gc_->assist_alloc(&g.gc_assist_bytes);
    return true;
  } else {
    r = gc_->maybe_collect();
  }
  heap_->set_gc_trigger(gc_->trigger());
  return r != gc::Collector::Result::Busy;
}

}  // namespace gs::vm
