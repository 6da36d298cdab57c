// traceback_sites.cpp — the table of Go 1.23's sync and time frames as its binary
// prints them, and the two lookups the traceback printer makes. See
// traceback_sites.h for why the table exists and the invariant it keeps.
#include "vm/traceback_sites.h"

#include <cstring>

#include "vm/interp.h"
#include "vm/memory.h"
#include "vm/panic.h"
#include "vm/traceback.h"

namespace gs::vm {

namespace {

// Builtins Go shows as frames of their own: fn is the hook's name, callee unused.
// parks: the G waits inside it (found at the call instruction, which runs again on
// wake); otherwise the program dies inside it (found just after the call).
struct BuiltinSite {
  GoSite site;
  bool parks;
};
constexpr BuiltinSite kBuiltins[] = {
    {{"sync.runtime_Semacquire", nullptr, nullptr, "/src/runtime/sema.go", 71, 0x25, "?"}, true},
    {{"sync.runtime_SemacquireMutex", nullptr, nullptr, "/src/runtime/sema.go", 95, 0x25, "???"}, true},
    {{"sync.runtime_SemacquireRWMutexR", nullptr, nullptr, "/src/runtime/sema.go", 100, 0x25, "???"}, true},
    {{"sync.runtime_SemacquireRWMutex", nullptr, nullptr, "/src/runtime/sema.go", 105, 0x25, "???"}, true},
    {{"sync.runtime_notifyListWait", nullptr, nullptr, "/src/runtime/sema.go", 587, 0x159, "--"}, true},
    {{"time.Sleep", nullptr, nullptr, "/src/runtime/time.go", 300, 0xf2, "-"}, true},
    {{"sync.fatal", nullptr, nullptr, "/src/runtime/panic.go", 1031, 0x18, "?"}, false},
};

// Library frames, by function and what it is calling.
constexpr GoSite kFrames[] = {
    // blocked
    {"sync.(*WaitGroup).Wait", "sync.runtime_Semacquire", nullptr, "/src/sync/waitgroup.go", 118, 0x48, "?"},
    {"sync.(*Mutex).lockSlow", "sync.runtime_SemacquireMutex", nullptr, "/src/sync/mutex.go", 173, 0x15d, "-"},
    {"sync.(*Mutex).Lock", "sync.(*Mutex).lockSlow", nullptr, "/src/sync/mutex.go", 92, 0, nullptr},
    {"sync.(*RWMutex).RLock", "sync.runtime_SemacquireRWMutexR", nullptr, "/src/sync/rwmutex.go", 72, 0, nullptr},
    {"sync.(*RWMutex).Lock", "sync.(*Mutex).Lock", nullptr, "/src/sync/rwmutex.go", 148, 0x31, "?"},
    {"sync.(*RWMutex).Lock", "sync.runtime_SemacquireRWMutex", nullptr, "/src/sync/rwmutex.go", 153, 0x6a, "?"},
    {"sync.(*rlocker).Lock", "sync.(*RWMutex).RLock", nullptr, "/src/sync/rwmutex.go", 244, 0, nullptr},
    {"sync.(*Cond).Wait", "sync.runtime_notifyListWait", nullptr, "/src/sync/cond.go", 71, 0x85, "?"},
    {"sync.(*Once).doSlow", "sync.(*Mutex).Lock", nullptr, "/src/sync/once.go", 72, 0x50, "?-"},
    {"sync.(*Once).doSlow", "", nullptr, "/src/sync/once.go", 76, 0xb4, "??"},  // calling f
    {"sync.(*Once).Do", "sync.(*Once).doSlow", nullptr, "/src/sync/once.go", 67, 0, nullptr},
    // misuse
    {"sync.(*WaitGroup).Add", "panic", "sync: negative WaitGroup counter", "/src/sync/waitgroup.go", 64, 0xd8, "??"},
    {"sync.(*WaitGroup).Done", "sync.(*WaitGroup).Add", nullptr, "/src/sync/waitgroup.go", 89, 0, nullptr},
    {"sync.(*Mutex).unlockSlow", "sync.fatal", nullptr, "/src/sync/mutex.go", 231, 0x35, "--"},
    {"sync.(*Mutex).Unlock", "sync.(*Mutex).unlockSlow", nullptr, "/src/sync/mutex.go", 225, 0, nullptr},
    {"sync.(*RWMutex).rUnlockSlow", "sync.fatal", nullptr, "/src/sync/rwmutex.go", 130, 0x39, "-?"},
    {"sync.(*RWMutex).RUnlock", "sync.(*RWMutex).rUnlockSlow", nullptr, "/src/sync/rwmutex.go", 120, 0, nullptr},
    {"sync.(*RWMutex).Unlock", "sync.fatal", nullptr, "/src/sync/rwmutex.go", 210, 0x45, "-"},
};

// The text of a panic whose value is a string; "" for any other value.
std::string_view panic_text(const Panic* p) {
  if (!p || !p->value.type) return {};
  if (p->value.dynamic_type()->kind != types::Kind::String || !p->value.data) return {};
  return static_cast<const lib::GoString*>(types::ptr_from_word(p->value.data))->view();
}

}  // namespace

const GoSite* go_site(const G& g, const StackFrame& f, std::string_view callee) {
  if (!f.fn || f.fn->name.compare(0, 5, "sync.") != 0) return nullptr;
  if (f.panicking) callee = "panic";
  for (const GoSite& s : kFrames) {
    if (f.fn->name != s.fn) continue;
    if (*s.callee != '\0' && callee != s.callee) continue;
    if (*s.callee == '\0' && callee == "panic") continue;
    if (s.panic_text && panic_text(g.panic) != s.panic_text) continue;
    return &s;
  }
  return nullptr;
}

bool builtin_frame(const Module& m, const G& g, const StackFrame& f, StackFrame* out) {
  if (!f.fn || !f.innermost || f.pc > f.fn->code.size()) return false;
  for (const BuiltinSite& b : kBuiltins) {
    // parked: the call runs again on wake (G::Resume::Rerun), so pc is at it;
    // dying: the call did not return, pc is just past it
    uint32_t at;
    if (b.parks) {
      if (g.resume != G::Resume::Rerun || f.pc >= f.fn->code.size()) continue;
      at = f.pc;
    } else {
      if (f.pc == 0) continue;
      at = f.pc - 1;
    }
    const Instr& in = f.fn->code[at];
    if (in.op != Op::CallNative || in.b < 0 || static_cast<size_t>(in.b) >= m.funcs.size()) continue;
    const Func* callee = m.funcs[static_cast<size_t>(in.b)].get();
    if (callee->name != b.site.fn) continue;
    *out = StackFrame{};
    out->fn = callee;
    out->fp = f.fp + in.a - kFrameHeader;  // its parameters are the caller's argument block
    out->innermost = true;
    out->site = &b.site;
    return true;
  }
  return false;
}

}  // namespace gs::vm
