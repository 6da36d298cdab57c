// panic.h — defer records and panics (Go: runtime2.go's _defer and _panic).
// Invariant: a G's defers form a LIFO list, innermost first; a Defer belongs to the
// frame at stack.hi - frame_off (an offset, so it survives stack copying). A panic
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
