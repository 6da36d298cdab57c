// compile.h — the front end's entry: Go source (the program plus the preludes of the
// packages it imports) in, a vm::Module or Go's compile errors out.
//
// The compiler checks types and emits bytecode in one walk over each function body
// (as Wren's and Lua's single-pass compilers do), after a first pass over each
// package's declarations so that order of declaration does not matter (Go's rule).
// Invariant: a program with any error produces no Module, and the errors are Go's
// (text, position, order, limit of 10) for the subset we check.
#pragma once
#include <memory>
#include <string>
#include <unordered_set>
#include <string_view>
#include <vector>

#include "lang/diag.h"
#include "vm/module.h"

namespace gs::lang {

// One escape-analysis decision as `go build -gcflags='-m -l'` prints it for package main.
struct EscapeMessage {
  int line = 0, col = 0;
  std::string text;  // "moved to heap: x", "leaking param: p", "&T{...} escapes to heap"
  // For an allocation site or a variable: the bytes mallocgc is asked for when it is on
  // the heap (-1: not known at compile time, or not an allocation), and whether the
  // object holds no pointers (Go's noscan span classes, the tiny allocator).
  int64_t alloc_bytes = -1;
  bool alloc_noscan = false;
};

struct CompileResult {
  std::unique_ptr<vm::Module> module;  // null on error
  std::vector<EscapeMessage> escape_messages;  // with CompileOptions::escape_messages, in Go's order
  std::vector<Diagnostic> errors;      // finished list (DiagnosticList::finish)
  bool syntax = false;                 // errors are syntax errors
  std::string error_file = "prog.go";  // which file they belong to
};

// Escape analysis's frame-versus-heap answers for the code generator: the variables and
// allocation sites (new, &T{...}, slice literals, make with a constant size, func
// literals, values converted to interfaces) that may live in their function's frame.
// Keyed by source position and syntax kind, so a second compile of the same source finds
// them. Anything not listed goes to the heap: an answer is only ever "frame is safe".
struct StackDecisions {
  enum What : uint8_t { kVar = 0, kAlloc = 1, kConv = 2, kByVal = 3 };  // kByVal: closures capture the variable by value
  std::unordered_set<uint64_t> on_stack;
  static uint64_t key(int line, int col, int node_kind, What w) {
    return (static_cast<uint64_t>(static_cast<uint32_t>(line)) << 32) |
           (static_cast<uint64_t>(static_cast<uint32_t>(col) & 0xFFFFFu) << 12) |
           (static_cast<uint64_t>(static_cast<uint32_t>(node_kind) & 0xFFu) << 4) | w;
  }
  void add(int line, int col, int node_kind, What w) { on_stack.insert(key(line, col, node_kind, w)); }
  bool has(int line, int col, int node_kind, What w) const { return on_stack.count(key(line, col, node_kind, w)) != 0; }
};

struct CompileOptions {
  std::string filename = "prog.go";
  bool escape_messages = false;  // run escape analysis (lang/escape.h) and report its decisions
  // Place what escape analysis keeps local in the frame (compile_program compiles twice:
  // once for the type information escape analysis reads, once with its answers). Off:
  // every variable whose address is taken or that a closure captures, and every
  // allocation site, is on the heap.
  bool stack_allocation = true;
  const StackDecisions* stack_decisions = nullptr;  // the second compile's input
  StackDecisions* stack_decisions_out = nullptr;    // the first compile's output
};

CompileResult compile_program(std::string_view source, const CompileOptions& options = {});

// The source of the prelude of import path `path`, or nullptr (lib/go/*.go, embedded).
const char* prelude_source(std::string_view path);

}  // namespace gs::lang
