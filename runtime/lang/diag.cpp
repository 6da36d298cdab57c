// diag.cpp — Go's error filtering and ordering rules (see diag.h).
// Invariant: once full() is true no further report changes the result.
#include "diag.h"

#include <algorithm>

namespace gs::lang {

void DiagnosticList::report(Pos pos, std::string msg) {
  if (full()) return;
  if (msg.rfind("syntax error", 0) == 0) {
    // One syntax error per line: later ones on the same line are dropped.
    if (last_syntax_.known() && last_syntax_.line == pos.line) return;
    last_syntax_ = pos;
  } else {
    if (last_other_.known() && last_other_.line == pos.line && last_other_msg_ == msg) return;
    last_other_ = pos;
    last_other_msg_ = msg;
  }
  accepted_.push_back(Diagnostic{pos.line, pos.col, std::move(msg)});
  ++count_;
  if (count_ >= kMaxErrors) too_many_ = pos;
}

std::vector<Diagnostic> DiagnosticList::finish() const {
  std::vector<Diagnostic> sorted = accepted_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.line != b.line ? a.line < b.line : a.col < b.col;
  });
  std::vector<Diagnostic> out;
  for (auto& d : sorted) {
    if (!out.empty() && out.back().line == d.line && out.back().col == d.col && out.back().msg == d.msg)
      continue;
    out.push_back(d);
  }
  if (too_many_.known()) out.push_back(Diagnostic{too_many_.line, too_many_.col, "too many errors"});
  return out;
}

std::string format_diagnostics(std::string_view filename, const std::vector<Diagnostic>& diags) {
  std::string out;
  for (const auto& d : diags) {
    out.append(filename);
    out += ':';
    out += std::to_string(d.line);
    out += ':';
    out += std::to_string(d.col);
    out += ": ";
    out += d.msg;
    out += '\n';
  }
  return out;
}

}  // namespace gs::lang
