// mfinal.cpp — finalizers (Go: runtime/mfinal.go): runtime.SetFinalizer, the
// collector's handling of objects that have one, and the goroutine that runs them.
//
// How a finalizer works, as in Go:
//  * SetFinalizer(p, f) records (p, f) in a table (Go keeps it as a "special" on
//    p's span). The object itself is not a root: while it has a finalizer, each cycle
//    greys what it points to and the closure f, but leaves it white.
//  * At mark termination, an object still white is unreachable: its entry moves to
//    the finalizer queue and the object is marked again (resurrected), so it and
//    everything it points to survive this cycle. The next cycle frees it, unless the
//    finalizer stored it somewhere reachable.
//  * Finalizers run one at a time, in the order queued, on a goroutine of their own
//    (Go: the single finalizer goroutine, runfinq). A program that exits does not wait
//    for them.
//
// Invariants:
//  * An object is in specials_ or in finq_ (or its finalizer is running), never two.
//  * Everything in specials_ and finq_ is seen by the collector: the objects' contents
//    and finalizers through mark_specials, queued objects and finalizers as roots.
//  * At most one finalizer goroutine exists at a time (fing_running_).
#include <cstring>

#include "gc/mgc.h"
#include "lib/native.h"
#include "mem/malloc.h"
#include "mem/mheap.h"
#include "vm/interp.h"
#include "vm/memory.h"

namespace gs::vm {

using types::Kind;
using types::Type;

// runtime.SetFinalizer(obj any, finalizer any). Go's misuse is a throw: a fatal error.
Machine::BuiltinResult Machine::set_finalizer(G& g, const uint8_t* args) {
  lib::GoEface obj = ld<lib::GoEface>(args);
  lib::GoEface fin = ld<lib::GoEface>(args + 16);
  const Type* et = obj.dynamic_type();
  auto fail = [&](const std::string& why) {
    fatal_error(g, "runtime.SetFinalizer: " + why);
    return BuiltinResult::Exit;
  };
  if (et == nullptr) return fail("first argument is nil");
  if (et->kind != Kind::Pointer) return fail("first argument is " + type_name(et) + ", not pointer");
  const uintptr_t p = reinterpret_cast<uintptr_t>(types::ptr_from_word(obj.data));
  if (p == 0) return fail("pointer not in allocated block");  // Go: a nil *T
  mem::ObjectRef ref;
  if (!heap_->find_object(p, &ref)) {
    // Globals and other memory outside the heap are never freed: Go ignores them.
    return BuiltinResult::Continue;
  }
  const Type* elem = et->ptr_type()->elem;
  const uintptr_t base = ref.span->has_header() ? ref.base + mem::kMallocHeaderSize : ref.base;
  if (p != base) {
    // Inside a tiny block is allowed (Go: the tiny allocator may have put it there),
    // with Go's caveat: it is finalized only when the whole 16-byte block dies.
    if (elem->pointers() || elem->size >= mem::kTinySize)
      return fail("pointer not at beginning of allocated block");
  }
  const Type* ft = fin.dynamic_type();
  std::lock_guard<std::mutex> lock(finalizers_mu_);
  if (ft == nullptr) {  // SetFinalizer(p, nil) removes it
    specials_.erase(p);
    return BuiltinResult::Continue;
  }
  if (ft->kind != Kind::Func) return fail("second argument is " + type_name(ft) + ", not a function");
  const types::FuncType* sig = ft->func_type();
  const Type* param = sig->in.size() == 1 && !sig->variadic ? sig->in[0] : nullptr;
  const Type* pass = nullptr;
  if (param == et) {
    pass = et;
  } else if (param && param->kind == Kind::Interface) {
    std::string missing;
    if (param->interface_type()->methods.empty() || m_.getitab(param, et, &missing)) pass = param;
  } else if (param && param->kind == Kind::Pointer && param->ptr_type()->elem == elem) {
    pass = et;  // *T named or not: the same pointer
  }
  if (!pass) return fail("cannot pass " + type_name(et) + " to finalizer " + type_name(ft));
  if (specials_.count(p)) return fail("finalizer already set");
  specials_[p] = Finalizer{p, fin.data, et, pass};
  return BuiltinResult::Continue;
}

// World stopped. Go: markrootSpans' finalizer part.
void Machine::mark_specials(gc::RootScanner& scanner) {
  std::lock_guard<std::mutex> lock(finalizers_mu_);
  for (auto& [p, f] : specials_) {
    scanner.object_contents(p);
    scanner.pointer(static_cast<uintptr_t>(f.fn));  // the closure (a static funcval is ignored)
  }
  for (const Finalizer& f : finq_) {
    scanner.pointer(f.obj);
    scanner.pointer(static_cast<uintptr_t>(f.fn));
  }
}

// World stopped, marking complete. Go: the sweeper's finalizer specials (queuefinalizer).
void Machine::queue_finalizers(const std::function<bool(const void*)>& is_marked,
                               const std::function<void(const void*)>& resurrect) {
  std::lock_guard<std::mutex> lock(finalizers_mu_);
  for (auto it = specials_.begin(); it != specials_.end();) {
    const void* obj = reinterpret_cast<const void*>(it->first);
    if (is_marked(obj)) {
      ++it;
      continue;
    }
    resurrect(obj);
    finq_.push_back(it->second);
    it = specials_.erase(it);
  }
}

// At a goroutine's safe point after a cycle, or when the finalizer goroutine ends:
// starts the next queued finalizer on a goroutine of its own, if none is running.
void Machine::run_queued_finalizers() {
  Finalizer f;
  {
    std::lock_guard<std::mutex> lock(finalizers_mu_);
    if (fing_running_ || finq_.empty()) return;
    f = finq_.front();
    fing_running_ = true;
  }
  // The argument as the finalizer's parameter takes it: the pointer itself, or an
  // interface holding it.
  uint8_t block[16] = {};
  size_t n = 8;
  const types::Word data = types::word_from_ptr(reinterpret_cast<void*>(f.obj));
  if (f.param->kind == Kind::Interface) {
    std::string missing;
    types::Word first = f.param->interface_type()->methods.empty()
                     ? types::word_from_ptr(f.obj_type)
                     : types::word_from_ptr(m_.getitab(f.param, f.obj_type, &missing));
    std::memcpy(block, &first, 8);
    std::memcpy(block + 8, &data, 8);
    n = 16;
  } else {
    std::memcpy(block, &data, 8);
  }
  // Popped first: once started, the goroutine may finish (and start the next) at once.
  // Nothing can collect in between: this goroutine is not at a safe point.
  {
    std::lock_guard<std::mutex> lock(finalizers_mu_);
    finq_.pop_front();
  }
  if (!start_goroutine_with(f.fn, block, n, /*runs_finalizer=*/true)) {
    std::lock_guard<std::mutex> lock(finalizers_mu_);
    fing_running_ = false;
  }
}

void Machine::finalizer_goroutine_done(G& g) {
  g.runs_finalizer = false;
  {
    std::lock_guard<std::mutex> lock(finalizers_mu_);
    fing_running_ = false;
  }
  run_queued_finalizers();
}

}  // namespace gs::vm
