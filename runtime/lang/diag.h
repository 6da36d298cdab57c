// diag.h — compile diagnostics collected the way Go's compiler (cmd/compile/internal/base)
// filters, orders and limits them before printing.
// Invariant: DiagnosticList::finish() returns the messages exactly as `go build` would print
// them for one file: at most one "syntax error" per line (the first reported wins), equal
// non-syntax errors on one line collapsed, stably sorted by position, identical adjacent
// lines printed once, and after the 10th error a final "too many errors" entry.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "source.h"

namespace gs::lang {

struct Diagnostic {
  int line = 0;
  int col = 0;
  std::string msg;
};

class DiagnosticList {
 public:
  static constexpr int kMaxErrors = 10;

  // Reports an error in the order the front end finds it (not necessarily source order).
  void report(Pos pos, std::string msg);
  // True once the limit was hit; Go stops compiling at that point, so callers may too.
  bool full() const { return too_many_.known(); }
  int count() const { return count_; }
  // The final, printable list (see the invariant above).
  std::vector<Diagnostic> finish() const;

 private:
  std::vector<Diagnostic> accepted_;
  Pos last_syntax_;
  Pos last_other_;
  std::string last_other_msg_;
  int count_ = 0;
  Pos too_many_;
};

// "prog.go:7:18: syntax error: ...\n" for each diagnostic, in the given order.
std::string format_diagnostics(std::string_view filename, const std::vector<Diagnostic>& diags);

}  // namespace gs::lang
