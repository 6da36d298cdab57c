// disasm.h — bytecode as text, for the Compiler view, tests and debugging.
// Invariant: one line per instruction: pc, opcode, operands, and the source line
// where it begins.
#pragma once
#include <string>

#include "vm/module.h"

namespace gs::vm {

std::string disassemble(const Module& m, const Func& f);

}  // namespace gs::vm
