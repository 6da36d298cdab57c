// compile_report.h — what the front end and the compiler make of one source text, as data
// for the Compiler view (ui/compiler_panel.*) and its tests: the token stream, an outline of
// the syntax tree, the escape-analysis decisions `-m` prints, and the compiled functions'
// bytecode — or the compile errors. No UI here.
//
// Invariant: every part is computed from the given text alone, by the same code the runs
// use (Scanner, parse_file, compile_program with CompileOptions::escape_messages), so the
// view shows exactly what `gopherscope run -m` and `gopherscope disasm` would: the tokens
// are the scanner's (Go's automatic semicolons appear as `;` with literal "newline" or
// "EOF", as Go's syntax package names them), the escape lines are `-m -l`'s lines in its
// order, and the functions are package main's compiled bodies in module order.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lang/compile.h"
#include "lang/diag.h"

namespace gs::lang {

struct ReportToken {
  int line = 0, col = 0;  // 1-based, byte column (Go's)
  std::string kind;       // Go's token name: "name", "literal", "op", "op=", "opop", ";", "(", "func", ...
  std::string lit;        // name: the identifier; literal: its source text; op/op=/opop: the operator;
                          // ";": "semicolon", "newline" or "EOF"; keywords and delimiters: empty
  std::string lit_kind;   // literal only: "int", "float", "imag", "rune", "string"
  bool automatic() const { return kind == ";" && lit != "semicolon"; }
};

// One row of the syntax tree's outline: declarations, functions, statements (and the
// function literals inside them), depth-first in source order.
struct OutlineItem {
  int depth = 0;           // 0 = a top-level declaration
  int line = 0, col = 0;   // where the node starts
  int end_line = 0;        // functions and blocks: the line of the closing brace; else line
  std::string node;        // the syntax node's kind as Go's syntax package names it: "FuncDecl", "AssignStmt", ...
  std::string text;        // a one-line rendering ("func newT(n int) *T", "x := &T{…}", "for i := 0; i < n; i++")
};

// An escape-analysis message (exactly a `go build -gcflags='-m -l'` line without the file
// name) and the function whose body it belongs to.
struct ReportEscape {
  int line = 0, col = 0;
  std::string text;
  std::string func;  // Go's symbol of the enclosing declared function ("main.f", "main.(*T).M"); "" if none
  enum class Verdict { Heap, Leak, Stack, Other } verdict = Verdict::Other;
  // Where mallocgc puts a heap allocation of this site (the allocator's view, linking to
  // the Allocator panel): "class 5 · 64 B", "tiny block (16 B)", "large · 2 pages",
  // "zerobase"; empty when the size is not known at compile time or nothing is allocated.
  std::string size_class;
};

// The size-class text of ReportEscape::size_class for a request of `bytes` (mallocgc's
// choice: tiny blocks for pointer-free objects under 16 bytes, then the size classes,
// then whole pages).
std::string describe_size_class(int64_t bytes, bool noscan);

// A compiled function of package main.
struct ReportFunc {
  std::string name;        // Go's symbol: main.main, main.(*T).String, main.main.func1, main.F[int]
  int decl_line = 0;
  int end_line = 0;        // the closing brace's line when the report found its declaration, else decl_line
  int frame_size = 0, params_size = 0, args_size = 0, results_off = 0;
  size_t instructions = 0;
  std::string disasm;      // vm::disassemble's text, each `; line N` marker followed by that source line
};

struct CompileReport {
  std::vector<ReportToken> tokens;
  bool tokens_truncated = false;        // more than CompileReportOptions::max_tokens
  std::vector<Diagnostic> lex_errors;   // the scanner's own errors (also among `errors`)
  std::vector<OutlineItem> outline;     // from the parser (partial when there are syntax errors)
  std::vector<ReportEscape> escapes;    // empty when the program does not compile
  std::vector<ReportFunc> funcs;        // package main's functions with code, in module order
  std::vector<Diagnostic> errors;       // compile errors (Go's list); empty when it compiled
  bool syntax_errors = false;
  bool compiled = false;                // a module was produced
  double compile_ms = 0;                // wall time of compile_program
  size_t module_funcs = 0;              // all functions in the module (preludes included)

  const ReportFunc* func(std::string_view name) const;
  // The innermost function whose [decl_line, end_line] holds `line`, or nullptr.
  const ReportFunc* func_at_line(int line) const;
};

struct CompileReportOptions {
  std::string filename = "prog.go";
  size_t max_tokens = 20000;  // the token list stops here (tokens_truncated)
};

CompileReport build_compile_report(std::string_view source, const CompileReportOptions& options = {});

// How `-m` phrases a decision, sorted into what the view colours: Heap ("moved to heap: x",
// "... escapes to heap"), Leak ("leaking param: p", "leaking param content: p",
// "leaking closure reference"), Stack ("... does not escape"), Other.
ReportEscape::Verdict escape_verdict(std::string_view text);

}  // namespace gs::lang
