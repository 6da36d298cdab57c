// interp.cpp — the interpreter loop: one switch over the instruction set, frames on
// the goroutine's Go stack (see interp.h and bytecode.h for the frame layout and
// invariants). Runtime errors raised here carry Go's exact texts (Go: panic.go's
// panicIndex/panicSlice*, panicdivide, panicmem, mapassign's nil-map panic).
#include "vm/interp.h"
#include "vm/memory.h"

#include <cmath>
#include <cstring>

#include "lang/utf8.h"
#include "lib/native.h"
#include "maps/map.h"
#include "mem/growslice.h"
#include "mem/malloc.h"
#include "vm/panic.h"

namespace gs::vm {

using types::Kind;
using types::Type;
using types::Word;

namespace {


// Frame walker over the saved-fp chain (bytecode.h's header), for stack copying.
class VmFrameWalker : public sched::FrameWalker {
 public:
  void frames(const sched::GStack& gs, std::vector<sched::FrameInfo>& out) const override {
    const G* g = static_cast<const G*>(static_cast<const sched::G*>(gs.owner));
    if (!g) return;
    uint8_t* fp = ptr(static_cast<Word>(gs.fp));
    const Func* fn = g->fn;
    while (fp && fn) {
      sched::FrameInfo fi;
      fi.lo = reinterpret_cast<uintptr_t>(fp);
      fi.size = static_cast<uint64_t>(fn->frame_size);
      fi.ptrbits = fn->ptrbits.empty() ? nullptr : fn->ptrbits.data();
      out.push_back(fi);
      const Func* caller = reinterpret_cast<const Func*>(types::ptr_from_word(ld<Word>(fp + kSavedFunc)));
      fp = ptr(ld<Word>(fp + kSavedFp));
      fn = caller;
    }
  }
};

}  // namespace

thread_local G* tls_g = nullptr;

Machine::~Machine() = default;

Machine::Machine(Module& module, Writer writer, MachineOptions options)
    : m_(module), writer_(std::move(writer)), options_(std::move(options)) {
  walker_ = std::make_unique<VmFrameWalker>();
  stacks_.set_max_stack(options_.max_stack);
  traceback_env_ = parse_traceback(options_.gotraceback);
  traceback_cache_.store(traceback_env_);
}


int64_t Machine::write(int fd, std::string_view bytes) {
  writer_(fd, bytes);
  return static_cast<int64_t>(bytes.size());
}

void Machine::map_entries(const Type* mt, Word map_word, std::vector<std::pair<const void*, const void*>>& out) {
  auto* h = static_cast<maps::Hmap*>(types::ptr_from_word(map_word));
  if (!h) return;
  maps::HIter it;
  maps::mapiterinit(mt, h, &it);
  while (it.key) {
    out.push_back({ptr(it.key), ptr(it.elem)});
    maps::mapiternext(&it);
  }
}

bool Machine::grow_stack(G& g, uint64_t frame_size) {
  g.stack.fp = reinterpret_cast<uintptr_t>(g.fp);
  g.stack.sp = reinterpret_cast<uintptr_t>(g.fp);
  sched::StackContext ctx = stack_ctx();
  collect_defer_roots(g);
  // Go's newstack: the G is _Gcopystack while its stack moves (the panels show it so;
  // sysmon does not preempt it meanwhile).
  const bool copying = sched::readgstatus(&g) == sched::Grunning;
  if (copying) sched::casgstatus(&g, sched::Grunning, sched::Gcopystack);
  sched::NewstackResult r = sched::newstack(g.stack, frame_size + kFrameHeader, ctx);
  if (copying) sched::casgstatus(&g, sched::Gcopystack, sched::Grunning);
  g.stack.word_roots.clear();
  switch (r.outcome) {
    case sched::NewstackOutcome::Grew:
      g.fp = ptr(static_cast<Word>(g.stack.fp));
      return true;
    case sched::NewstackOutcome::Preempted:
      // The request stays in g.preempt: the Poll at the callee's entry yields.
      g.fp = ptr(static_cast<Word>(g.stack.fp));
      return true;
    case sched::NewstackOutcome::Overflow: {
      std::string out = r.overflow.text();
      out += "\n";
      traceback(g, out);
      flush_print(g);
      writer_(2, out);
      exit_code_ = 2;
      exiting_ = true;
      return false;
    }
    case sched::NewstackOutcome::OutOfMemory:
      writer_(2, "fatal error: out of memory\n");
      exit_code_ = 2;
      exiting_ = true;
      return false;
  }
  return false;
}

// Pushes a frame for callee below g.fp, copying args (params_size bytes) into it.
// The caller has already saved pc in g.pc. Returns false when the program must exit.
bool Machine::enter_call(G& g, const Func* callee, const uint8_t* args, uint32_t flags, Word ctx) {
  uint64_t size = static_cast<uint64_t>(callee->frame_size);
  uintptr_t cur = reinterpret_cast<uintptr_t>(g.fp);
  if (sched::stack_check_fails(g.stack, cur, size)) {
    if (stop_.load(std::memory_order_relaxed)) {
      exiting_ = true;
      exit_code_ = 2;
      return false;
    }
    // args, and ctx (a closure escape analysis kept in a frame), may point into the
    // stack: keep their offsets from fp
    auto in_stack = [&](uintptr_t p) { return p >= g.stack.stack.lo && p < g.stack.stack.hi; };
    ptrdiff_t args_off = args ? args - g.fp : 0;
    const bool args_in_stack = args && in_stack(reinterpret_cast<uintptr_t>(args));
    const uintptr_t ctx_addr = reinterpret_cast<uintptr_t>(types::ptr_from_word(ctx));
    const bool ctx_in_stack = ctx != 0 && in_stack(ctx_addr);
    const ptrdiff_t ctx_off = static_cast<ptrdiff_t>(ctx_addr - reinterpret_cast<uintptr_t>(g.fp));
    while (sched::stack_check_fails(g.stack, reinterpret_cast<uintptr_t>(g.fp), size)) {
      if (!grow_stack(g, size)) return false;
    }
    if (args_in_stack) args = g.fp + args_off;
    if (ctx_in_stack) ctx = word(g.fp + ctx_off);
  }
  uint8_t* nfp = g.fp - size;
  if (callee->params_size > 0) std::memcpy(nfp + kFrameHeader, args, static_cast<size_t>(callee->params_size));
  std::memset(nfp + kFrameHeader + callee->params_size, 0,
              static_cast<size_t>(size - kFrameHeader - static_cast<uint64_t>(callee->params_size)));
  st<Word>(nfp + kSavedFp, word(g.fp));
  st<Word>(nfp + kSavedFunc, word(g.fn));
  st<uint64_t>(nfp + kSavedPc, static_cast<uint64_t>(g.pc) | (static_cast<uint64_t>(flags) << 32));
  st<Word>(nfp + kClosureCtx, ctx);
  g.fp = nfp;
  g.fn = callee;
  g.pc = 0;
  return true;
}

void Machine::runtime_error(G& g, const std::string& msg, bool plain) {
  // The value is a runtime.Error: runtime.errorString (or plainError) holding msg.
  const Type* t = plain ? m_.plain_error_type : m_.runtime_error_type;
  if (!plain && msg == "invalid memory address or nil pointer dereference") {
    // Go's compiler leaves nil checks to the hardware: this was a SIGSEGV there
    StackFrame f;
    f.fn = g.fn;
    f.pc = g.pc;
    g.sigpc = frame_pc(m_, f);
  }
  lib::GoString s = lib::make_string(msg);
  void* cell = mem::mallocgc(16, t, true);
  std::memcpy(cell, &s, 16);
  lib::GoEface v;
  v.type = word(t);
  v.data = word(cell);
  start_panic(g, v);
}

const Itab* Machine::assert_itab(const Type* inter, const Type* t, bool* ok) {
  std::string missing;
  Itab* it = m_.getitab(inter, t, &missing);
  *ok = it != nullptr;
  return it;
}

sched::StackContext Machine::stack_ctx() {
  sched::P* pp = sched_ ? sched_->current_p() : nullptr;
  return sched::StackContext{&stacks_, pp ? &pp->stackcache : nullptr, walker_.get()};
}

void Machine::request_stop() {
  stop_.store(true, std::memory_order_relaxed);
  if (sched::Scheduler* s = sched_ptr_.load(std::memory_order_acquire)) {
    if (!exiting_.exchange(true)) exit_code_ = 2;  // as a SIGINT-killed Go program reports through `go run`
    s->request_exit();
  }
}

int Machine::run_main() {
  heap_ = mem::current_heap();
  sched_ = std::make_unique<sched::Scheduler>(*this, options_.sched);
  G* main_g = new_g();
  if (!main_g) {
    writer_(2, "fatal error: out of memory\n");
    return 2;
  }
  main_g->is_main = true;
  main_g->set_origin("runtime.main", "");  // Go's main goroutine starts in runtime.main
  // A sentinel "host" frame at the top of the stack: returning into it ends a stage.
  main_g->fp = ptr(static_cast<Word>(main_g->stack.stack.hi));
  main_g->main_stage = m_.init_func >= 0 ? 0 : 1;
  int32_t first = m_.init_func >= 0 ? m_.init_func : m_.main_func;
  if (first >= 0 && !enter_call(*main_g, m_.funcs[first].get(), nullptr, kFrameHostCall, 0)) {
    free_g(main_g);
    return exit_code_;
  }
  sched_ptr_.store(sched_.get(), std::memory_order_release);
  if (heap_) start_collector();
  if (stop_.load()) exiting_ = true;
  if (!exiting_.load()) sched_->run(main_g);
  else free_g(main_g);
  stop_collector();
  for (int i = 0; i < 1000 && !final_snapshot_; i++) final_snapshot_ = sched_->snapshot();
  sched_ptr_.store(nullptr, std::memory_order_release);
  stacks_.cache_clear(m0_stack_cache_);
  return exiting_ ? exit_code_.load() : 0;
}

// Go: gfget — a dead G from this P's list, refilled from the global list in batches,
// else a new one. Per-P lists keep the go statements of different Ps off one lock.
G* Machine::new_g() {
  G* g = nullptr;
  bool recycled = true;  // Go: gfget's G starts at startingStackSize, malg's at 2 KiB
  sched::P* pp = sched_ ? sched_->current_p() : nullptr;
  if (pp && pp->gfree.empty()) {
    std::lock_guard<std::mutex> lock(gfree_mu_);
    for (size_t i = 0; i < kGfreeBatch && !gfree_.empty(); i++) {
      pp->gfree.push_back(gfree_.back());
      gfree_.pop_back();
    }
  }
  if (pp && !pp->gfree.empty()) {
    g = static_cast<G*>(pp->gfree.back());
    pp->gfree.pop_back();
  } else {
    std::lock_guard<std::mutex> lock(gfree_mu_);
    if (!gfree_.empty()) {
      g = gfree_.back();
      gfree_.pop_back();
    } else {
      allgs_.push_back(std::make_unique<G>());
      g = allgs_.back().get();
      recycled = false;
    }
  }
  // Every field a previous life could have left behind (atomics by store: sysmon may
  // still look at this G through a stale pointer).
  g->fn = nullptr;
  g->pc = 0;
  g->defers = nullptr;
  g->panic = nullptr;
  g->print_buf.clear();
  g->polls = 0;
  g->host_depth = 0;
  g->native_args = nullptr;
  g->is_main = false;
  g->main_stage = 0;
  g->goexit_done = false;
  g->sigpc = 0;
  g->gc_assist_bytes = 0;
  g->resume = G::Resume::None;
  g->resume_sg = nullptr;
  g->sleep_until = 0;
  g->creator = nullptr;
  g->creator_pc = 0;
  g->creator_goid = 0;
  g->system = false;
  g->goid = sched_->next_goid();
  g->atomicstatus.store(sched::Gidle, std::memory_order_release);
  g->preempt.store(false, std::memory_order_relaxed);
  g->m = nullptr;
  g->schedlink = nullptr;
  g->waitreason.store(sched::WaitReason::Zero, std::memory_order_relaxed);
  g->waiting = nullptr;
  g->param = nullptr;
  g->selectDone.store(false, std::memory_order_relaxed);
  g->parkingOnChan = false;
  g->sema_ticket = 0;
  g->set_origin("", "");
  g->switches.store(0, std::memory_order_relaxed);
  g->where_fn.store(nullptr, std::memory_order_relaxed);
  g->where_pc.store(0, std::memory_order_relaxed);
  g->waiting_chan_id.store(0, std::memory_order_relaxed);
  g->stack.owner = static_cast<sched::G*>(g);
  g->stack.grow_count = 0;
  g->stack.shrink_count = 0;
  sched::StackContext ctx = stack_ctx();
  if (!ctx.cache) ctx.cache = &m0_stack_cache_;
  const uint64_t size = recycled ? starting_stack_size_.load(std::memory_order_relaxed) : sched::kFixedStack;
  if (!sched::stack_init(g->stack, ctx, size)) {
    std::lock_guard<std::mutex> lock(gfree_mu_);
    gfree_.push_back(g);
    return nullptr;
  }
  g->stack_bytes.store(g->stack.stack.size(), std::memory_order_relaxed);
  g->stack_grows.store(0, std::memory_order_relaxed);
  g->fp = ptr(static_cast<Word>(g->stack.stack.hi));
  return g;
}

void Machine::free_g(sched::G* sgp) {
  G* gp = static_cast<G*>(sgp);
  flush_print(*gp);
  if (gc::Collector* c = gc_ptr_.load(std::memory_order_acquire)) c->flush_assist_credit(gp->gc_assist_bytes);
  gp->gc_assist_bytes = 0;
  sched::StackContext ctx = stack_ctx();
  sched::stack_release(gp->stack, ctx);
  while (gp->defers) {
    Defer* d = gp->defers;
    gp->defers = d->next;
    delete d;
  }
  while (gp->panic) {
    Panic* p = gp->panic;
    gp->panic = p->link;
    delete p;
  }
  if (gp->select_wait) {
    for (sched::Sudog* sg = gp->select_wait->sglist; sg;) {
      sched::Sudog* n = sg->waitlink;
      delete sg;
      sg = n;
    }
    gp->select_wait->sglist = nullptr;
  }
  delete gp->resume_sg;
  gp->resume_sg = nullptr;
  // Go: gfput — onto this P's list; past kGfreeMax, half of it goes to the global list.
  sched::P* pp = sched_ ? sched_->current_p() : nullptr;
  if (pp) {
    pp->gfree.push_back(gp);
    if (pp->gfree.size() < kGfreeMax) return;
    std::lock_guard<std::mutex> lock(gfree_mu_);
    while (pp->gfree.size() > kGfreeMax / 2) {
      gfree_.push_back(static_cast<G*>(pp->gfree.back()));
      pp->gfree.pop_back();
    }
    return;
  }
  std::lock_guard<std::mutex> lock(gfree_mu_);
  gfree_.push_back(gp);
}

void Machine::flush_print(G& g) {
  if (g.print_buf.empty()) return;
  writer_(2, g.print_buf);
  g.print_buf.clear();
}

bool Machine::call_string_method(const Type* t, const void* value, std::string_view name, std::string& out,
                                 bool* panicked) {
  if (panicked) *panicked = false;
  auto it = m_.iface_methods.find(t);
  if (it == m_.iface_methods.end()) return false;
  const MethodEntry* me = nullptr;
  for (auto& e : it->second)
    if (e.name == name) me = &e;
  if (!me) return false;
  const Func* f = m_.funcs[me->func].get();
  auto* ft = f->type->func_type();
  if (ft->in.size() != 1 || ft->out.size() != 1 || ft->out[0]->kind != Kind::String) return false;
  G& g = *tls_g;
  // receiver word: the value itself for pointer-shaped types, else a pointer to a copy
  uint8_t args[8];
  Word w;
  if (t->direct_iface) {
    std::memcpy(&w, value, 8);
  } else {
    void* copy = mem::mallocgc(t->size, t, true);
    std::memcpy(copy, value, t->size);
    w = word(copy);
  }
  std::memcpy(args, &w, 8);
  // Frame addresses are kept as offsets from the stack's top: the call may grow
  // (move) the stack.
  const Func* saved_fn = g.fn;
  uint32_t saved_pc = g.pc;
  uintptr_t saved_fp_off = g.stack.stack.hi - reinterpret_cast<uintptr_t>(g.fp);
  if (!enter_call(g, f, args, kFrameHostCall, 0)) return true;
  uintptr_t callee_off = g.stack.stack.hi - reinterpret_cast<uintptr_t>(g.fp);
  g.host_depth++;
  Status s = run_loop(g);
  g.host_depth--;
  if (s == Status::Exit) {
    if (panicked) *panicked = true;
    return true;
  }
  // results are left in the popped frame's result slot (below fp, still intact)
  uint8_t* callee_fp = reinterpret_cast<uint8_t*>(g.stack.stack.hi - callee_off);
  lib::GoString res = ld<lib::GoString>(callee_fp + kFrameHeader + f->results_off);
  out.assign(res.view());
  g.fn = saved_fn;
  g.pc = saved_pc;
  g.fp = reinterpret_cast<uint8_t*>(g.stack.stack.hi - saved_fp_off);
  return true;
}

}  // namespace gs::vm
