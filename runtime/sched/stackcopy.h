// stackcopy.h — growing and shrinking a goroutine's stack by copying it and
// adjusting the pointers into it (Go: runtime/stack.go's newstack, copystack,
// adjustpointers, adjustsudogs, shrinkstack).
//
// Layout (as in Go): a stack [lo, hi) grows DOWNWARD. The used part is [sp, hi).
// Copying keeps every byte at the same distance below hi, so an address p in the old
// stack becomes new.hi - (old.hi - p).
//
// Invariants after copystack:
//  * Every word that pointed into the OLD stack [lo, hi) and is known to be a
//    pointer — a slot whose frame's pointer bitmap marks it, a saved register, or a
//    registered extra root — points to the same place in the new stack.
//  * Everything else is copied unchanged: pointers outside the old stack (heap,
//    globals) and non-pointer slots even when their bits look like stack addresses.
//  * The old stack has been returned to the allocator; stackguard0 is lo + kStackGuard
//    of the new stack unless it held kStackPreempt, which is kept (a pending
//    preemption request survives the move).
//
// Go values are laid out as on amd64 in every build (DESIGN.md seam 1): a frame slot
// is an 8-byte word, and a pointer in it is the host address zero-extended to 64
// bits (on wasm32 the top 4 bytes are zero).
//
// The caller owns the G for the duration (Go: _Gcopystack): nothing else may run on,
// scan or register roots into this stack while it moves. Channel code that registers
// roots (a sudog's elem) must hold its locks so the copy is not racing with it.
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "sched/stack.h"

namespace gs::sched {

// One frame on a goroutine's stack, as the VM describes it. The frame occupies
// [lo, lo + size); bit i of ptrbits (LSB first within each byte) set means the
// 8-byte slot at lo + 8*i holds a pointer (Go: the frame's stack map / bitvector).
struct FrameInfo {
  uintptr_t lo = 0;                  // lowest address of the frame, 8-byte aligned
  uint64_t size = 0;                 // bytes, a multiple of 8
  const uint8_t* ptrbits = nullptr;  // (size / 8) bits; nullptr = no pointers
};

// The stack-related part of a G (Go: g.stack, g.stackguard0, g.sched.sp/bp and the
// sudogs' elem pointers). The scheduler's G embeds one.
struct GStack {
  Stack stack;
  void* owner = nullptr;  // the G this stack belongs to (the VM's frame walker starts there)
  // Compared by the prologue on the M running this G; written by other threads
  // (sysmon) to request preemption, hence atomic.
  std::atomic<uintptr_t> stackguard0{0};
  // Saved "registers" that point into the stack (Go: g.sched.sp, g.sched.bp, and
  // the argument pointer of the frame being entered). sp marks the bottom of the
  // used part: [sp, stack.hi) is live.
  uintptr_t sp = 0;
  uintptr_t fp = 0;
  uintptr_t argp = 0;
  // Extra roots into this stack held outside it (Go: sudog.elem of a G blocked on a
  // channel points at a slot of its frame). Word roots are Go-layout 8-byte words;
  // native roots are C++ pointers in runtime structures.
  std::vector<uint64_t*> word_roots;
  std::vector<void**> native_roots;
  uint32_t grow_count = 0;    // growths of this G's stack (the Goroutines panel flashes)
  uint32_t shrink_count = 0;
};

// The VM's view of a G's frames. frames() appends every live frame of g, each lying
// within [g.sp, g.stack.hi), using the addresses of the stack as it is now.
class FrameWalker {
 public:
  virtual ~FrameWalker() = default;
  virtual void frames(const GStack& g, std::vector<FrameInfo>& out) const = 0;
};

// What the stack machinery needs from its surroundings: the run's allocator, the
// current P's cache (nullptr when the M has no P), and the VM's frame walker.
struct StackContext {
  StackAllocator* allocator = nullptr;
  StackCache* cache = nullptr;
  const FrameWalker* walker = nullptr;
};

// The guard a prologue compares against for stack s (Go: stack.lo + stackGuard).
inline uintptr_t stack_guard_for(const Stack& s) { return s.lo + static_cast<uintptr_t>(kStackGuard); }

// Gives g a fresh stack of `size` bytes (Go: malg / stackalloc) and sets sp = fp =
// hi and stackguard0. Returns false when out of memory.
bool stack_init(GStack& g, const StackContext& ctx, uint64_t size = kFixedStack);
// Returns g's stack to the allocator (Go: gfput / stackfree) and clears it.
void stack_release(GStack& g, const StackContext& ctx);

// The prologue's check (Go's compiler-emitted compare): true when a frame of
// frame_size bytes entered at sp would cross stackguard0 — or stackguard0 holds
// kStackPreempt — so the VM must call newstack.
inline bool stack_check_fails(const GStack& g, uintptr_t sp, uint64_t frame_size) {
  const uintptr_t guard = g.stackguard0.load(std::memory_order_relaxed);
  if (frame_size >= sp) return true;
  return sp - static_cast<uintptr_t>(frame_size) < guard;
}

// Asks the G to stop at its next prologue (Go: gp.stackguard0 = stackPreempt).
inline void request_preempt(GStack& g) {
  g.stackguard0.store(kStackPreempt, std::memory_order_relaxed);
}

// Go: copystack. Moves g to a new stack of newsize bytes (a power of two large
// enough for the used part) and adjusts pointers as stackcopy.h's invariants say.
// Returns false, leaving g untouched, when newsize is invalid or too small for the
// used part, or memory runs out.
bool copystack(GStack& g, uint64_t newsize, const StackContext& ctx);

// Why newstack returned.
enum class NewstackOutcome {
  Grew,         // g has a bigger stack; re-run the prologue
  Preempted,    // stackguard0 held kStackPreempt: restored; the caller yields the G
  Overflow,     // past the max stack size: fatal (see StackOverflow)
  OutOfMemory,  // allocation failed: fatal "out of memory"
};

// The fatal error of an overflowing stack, printed by the VM to stderr before it
// exits with status 2: text() is Go's exact three lines, e.g.
//   runtime: goroutine stack exceeds 1000000000-byte limit
//   runtime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]
//   fatal error: stack overflow
struct StackOverflow {
  uint64_t limit = 0;  // the limit Go names (max stack size, or the ceiling)
  uintptr_t sp = 0;
  Stack stack;
  std::string first_line() const;  // "runtime: goroutine stack exceeds N-byte limit"
  std::string text() const;        // all three lines, each ending in '\n'
};

struct NewstackResult {
  NewstackOutcome outcome = NewstackOutcome::Grew;
  uint64_t old_size = 0;
  uint64_t new_size = 0;
  StackOverflow overflow;  // filled when outcome == Overflow
};

// Go: newstack, called when stack_check_fails. A preemption request is consumed
// (stackguard0 restored) and reported. Otherwise the size doubles — more if needed
// so that a frame of needed_frame bytes fits above the guard (Go: funcMaxSPDelta) —
// and the stack is copied; a new size over the max stack size (or the ceiling,
// 2 * the default) fails with Overflow and leaves g as it was.
NewstackResult newstack(GStack& g, uint64_t needed_frame, const StackContext& ctx);

// Go: shrinkstack. Halves g's stack when it uses less than a quarter of it
// (counting the guard as used), never below kFixedStack. Returns whether it shrank.
bool shrinkstack(GStack& g, const StackContext& ctx);

}  // namespace gs::sched
