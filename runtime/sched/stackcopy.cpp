// stackcopy.cpp — copystack with pointer adjustment, and the grow/shrink policies
// around it (Go: runtime/stack.go newstack, copystack, adjustpointers, shrinkstack).
// Invariant kept: after a copy, every known pointer into the old stack points to the
// same byte of the new one, and nothing else changed (see stackcopy.h).
#include "sched/stackcopy.h"

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace gs::sched {

namespace {

// A fatal runtime bug (Go: throw): the VM described a frame that is not on the stack.
[[noreturn]] void stack_throw(const char* what) {
  std::fprintf(stderr, "fatal error: %s\n", what);
  std::abort();
}

// Relocation of an address in the old stack to the same byte in the new one.
struct Relocation {
  Stack old_stack;
  Stack new_stack;
  bool points_into_old(uint64_t p) const { return p >= old_stack.lo && p < old_stack.hi; }
  uintptr_t moved(uint64_t p) const {
    return new_stack.hi - (old_stack.hi - static_cast<uintptr_t>(p));
  }
  void adjust_word(uint64_t* slot) const {
    uint64_t p;
    std::memcpy(&p, slot, sizeof p);
    if (points_into_old(p)) {
      p = static_cast<uint64_t>(moved(p));  // zero-extended on wasm32
      std::memcpy(slot, &p, sizeof p);
    }
  }
  void adjust_native(void** slot) const {
    const auto p = reinterpret_cast<uintptr_t>(*slot);
    if (points_into_old(p)) *slot = reinterpret_cast<void*>(moved(p));
  }
  // A register may equal hi: an empty stack (a goroutine's first frame is entered
  // from there), which moves with the stack too.
  void adjust_register(uintptr_t& r) const {
    if (points_into_old(r) || r == old_stack.hi) r = moved(r);
  }
};

// Go: adjustpointers — walk one frame's bitmap in the new copy of the frame.
void adjust_frame(const FrameInfo& f, const Relocation& rel) {
  if (f.ptrbits == nullptr) return;
  const uintptr_t new_lo = rel.moved(f.lo);
  const uint64_t slots = f.size / 8;
  for (uint64_t i = 0; i < slots; ++i) {
    if ((f.ptrbits[i / 8] >> (i % 8)) & 1u) {
      rel.adjust_word(reinterpret_cast<uint64_t*>(new_lo + static_cast<uintptr_t>(i * 8)));
    }
  }
}

}  // namespace

std::string StackOverflow::first_line() const {
  char buf[96];
  std::snprintf(buf, sizeof buf, "runtime: goroutine stack exceeds %" PRIu64 "-byte limit", limit);
  return buf;
}

std::string StackOverflow::text() const {
  char buf[128];
  std::snprintf(buf, sizeof buf, "runtime: sp=0x%" PRIx64 " stack=[0x%" PRIx64 ", 0x%" PRIx64 "]\n",
                static_cast<uint64_t>(sp), static_cast<uint64_t>(stack.lo),
                static_cast<uint64_t>(stack.hi));
  return first_line() + "\n" + buf + "fatal error: stack overflow\n";
}

bool stack_init(GStack& g, const StackContext& ctx, uint64_t size) {
  Stack s = ctx.allocator->stack_alloc(size, ctx.cache);
  if (s.empty()) return false;
  g.stack = s;
  g.sp = g.fp = g.argp = s.hi;
  g.stackguard0.store(stack_guard_for(s), std::memory_order_relaxed);
  return true;
}

void stack_release(GStack& g, const StackContext& ctx) {
  ctx.allocator->stack_free(g.stack, ctx.cache);
  g.stack = {};
  g.sp = g.fp = g.argp = 0;
  g.stackguard0.store(0, std::memory_order_relaxed);
}

bool copystack(GStack& g, uint64_t newsize, const StackContext& ctx) {
  const Stack old_stack = g.stack;
  if (g.sp < old_stack.lo || g.sp > old_stack.hi) stack_throw("copystack: sp outside the stack");
  const uint64_t used = old_stack.hi - g.sp;
  if (!valid_stack_size(newsize) || newsize < used) return false;

  // Collect the frames while the old stack is intact, and check them.
  std::vector<FrameInfo> frames;
  if (ctx.walker != nullptr) ctx.walker->frames(g, frames);
  for (const FrameInfo& f : frames) {
    if (f.lo % 8 != 0 || f.size % 8 != 0 || f.lo < g.sp || f.size > old_stack.hi - f.lo) {
      stack_throw("copystack: frame outside the used stack");
    }
  }

  const Stack new_stack = ctx.allocator->stack_alloc(newsize, ctx.cache);
  if (new_stack.empty()) return false;
  const Relocation rel{old_stack, new_stack};

  // The used part keeps its distance below hi.
  std::memcpy(reinterpret_cast<void*>(new_stack.hi - used), reinterpret_cast<const void*>(g.sp),
              static_cast<size_t>(used));

  for (const FrameInfo& f : frames) adjust_frame(f, rel);
  rel.adjust_register(g.sp);
  rel.adjust_register(g.fp);
  rel.adjust_register(g.argp);
  for (uint64_t* root : g.word_roots) rel.adjust_word(root);  // Go: adjustsudogs
  for (void** root : g.native_roots) rel.adjust_native(root);

  g.stack = new_stack;
  // Keep a pending preemption request; otherwise guard the new stack.
  uintptr_t guard = g.stackguard0.load(std::memory_order_relaxed);
  while (guard != kStackPreempt &&
         !g.stackguard0.compare_exchange_weak(guard, stack_guard_for(new_stack),
                                              std::memory_order_relaxed)) {
  }

  ctx.allocator->stack_free(old_stack, ctx.cache);
  const bool grew = newsize > old_stack.size();
  ctx.allocator->note_copy(grew, used);
  if (grew) g.grow_count++;
  else if (newsize < old_stack.size()) g.shrink_count++;
  return true;
}

NewstackResult newstack(GStack& g, uint64_t needed_frame, const StackContext& ctx) {
  NewstackResult r;
  r.old_size = g.stack.size();
  r.new_size = r.old_size;

  // A preemption request arrives as a failed prologue check: consume it and let the
  // caller yield; if the frame really does not fit, the re-run prologue comes back.
  uintptr_t expected = kStackPreempt;
  if (g.stackguard0.compare_exchange_strong(expected, stack_guard_for(g.stack),
                                            std::memory_order_relaxed)) {
    r.outcome = NewstackOutcome::Preempted;
    return r;
  }

  uint64_t newsize = r.old_size * 2;
  // Grow at least enough that the frame being entered fits above the guard.
  const uint64_t used = g.stack.hi - g.sp;
  const uint64_t needed = needed_frame + kStackGuard;
  while (newsize - used < needed && newsize <= kMaxStackCeiling) newsize *= 2;

  const uint64_t max = ctx.allocator->max_stack();
  if (newsize > max || newsize > kMaxStackCeiling) {
    r.outcome = NewstackOutcome::Overflow;
    r.new_size = newsize;
    r.overflow.limit = max < kMaxStackCeiling ? max : kMaxStackCeiling;
    r.overflow.sp = g.sp;
    r.overflow.stack = g.stack;
    return r;
  }
  if (!copystack(g, newsize, ctx)) {
    r.outcome = NewstackOutcome::OutOfMemory;
    return r;
  }
  r.outcome = NewstackOutcome::Grew;
  r.new_size = newsize;
  return r;
}

bool shrinkstack(GStack& g, const StackContext& ctx) {
  const uint64_t oldsize = g.stack.size();
  const uint64_t newsize = oldsize / 2;
  if (newsize < kFixedStack) return false;
  // The used part includes the guard, the space a frame may need below sp.
  const uint64_t used = g.stack.hi - g.sp + kStackGuard;
  if (used >= oldsize / 4) return false;
  return copystack(g, newsize, ctx);
}

}  // namespace gs::sched
