// panic.h — defer records and panics (Go: runtime2.go's _defer and _panic).
// Invariant: a G's defers form a LIFO list, innermost first; a Defer belongs to the
// frame at stack.hi - frame_off (an offset, so it survives stack copying). The words it
// holds that may point into the goroutine's stack (a stack-allocated closure or value,
// &x of a frame variable among the arguments) move with the stack (Go: adjustdefers),
// found by arg_ptrbits, the deferring frame's stack map over the argument block. A panic
// runs deferred calls on top of the panicking frames (they stay intact, so the
// traceback printed for an unrecovered panic shows where it happened).
#pragma once
#include <cstdint>
#include <vector>

#include "lib/native.h"
#include "vm/bytecode.h"

namespace gs::vm {

struct Panic;

struct Defer {
  Defer* next = nullptr;
  uint64_t frame_off = 0;        // stack.hi - fp of the frame that deferred
  const Func* owner = nullptr;   // that frame's function
  uint16_t kind = 0;             // 0 func, 1 closure, 2 native, 3 iface (bit 2: non-empty iface)
  int32_t target = 0;            // func index, or the method index for kind 3
  types::Word closure = 0;       // funcval for kind 1
  types::Word iface[2] = {0, 0};
  std::vector<uint8_t> args;     // the argument block, evaluated at the defer statement
  std::vector<uint8_t> arg_ptrbits;  // one bit per 8-byte word of args: may hold a pointer
  // Calls fn(slot) for every word that may hold a pointer (closure, interface data, args).
  template <typename Fn>
  void for_each_pointer_word(Fn&& fn) {
    fn(&closure);
    fn(&iface[1]);
    for (size_t i = 0; i < args.size() / 8; i++)
      if ((arg_ptrbits[i / 8] >> (i % 8)) & 1u) fn(reinterpret_cast<types::Word*>(args.data() + i * 8));
  }
  bool started = false;
  Panic* panic = nullptr;        // the panic running it, if any
};

struct Panic {
  Panic* link = nullptr;
  lib::GoEface value;
  bool recovered = false;
  bool aborted = false;
  bool goexit = false;         // runtime.Goexit: runs the deferred calls, recover() ignores it
  uint8_t* fp = nullptr;       // the deepest frame when the panic started (deferred calls run below it)
};

}  // namespace gs::vm
