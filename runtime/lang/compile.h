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
#include <string_view>
#include <vector>

#include "lang/diag.h"
#include "vm/module.h"

namespace gs::lang {

// One escape-analysis decision as `go build -gcflags='-m -l'` prints it for package main.
struct EscapeMessage {
  int line = 0, col = 0;
  std::string text;  // "moved to heap: x", "leaking param: p", "&T{...} escapes to heap"
};

struct CompileResult {
  std::unique_ptr<vm::Module> module;  // null on error
  std::vector<EscapeMessage> escape_messages;  // with CompileOptions::escape_messages, in Go's order
  std::vector<Diagnostic> errors;      // finished list (DiagnosticList::finish)
  bool syntax = false;                 // errors are syntax errors
  std::string error_file = "prog.go";  // which file they belong to
};

struct CompileOptions {
  std::string filename = "prog.go";
  bool escape_messages = false;  // run escape analysis (lang/escape.h) and report its decisions
};

CompileResult compile_program(std::string_view source, const CompileOptions& options = {});

// The source of the prelude of import path `path`, or nullptr (lib/go/*.go, embedded).
const char* prelude_source(std::string_view path);

}  // namespace gs::lang
