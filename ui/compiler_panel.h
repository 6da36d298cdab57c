// compiler_panel.h — the Compiler panel: what the front end and the compiler make of the
// editor's text (lang::build_compile_report): the scanner's tokens (Go's automatic
// semicolons included), an outline of the syntax tree, escape analysis's decisions exactly
// as `go build -gcflags='-m -l'` prints them, and the bytecode of a chosen function — or
// the compile errors. It also gives the editor its gutter marks (one per escape decision).
//
// Invariant: everything drawn comes from the last CompileReport, which was built from the
// editor's text at report_revision(); a report is rebuilt only after the text has stopped
// changing for a moment (or on demand), on the UI thread, so typing never waits for the
// compiler. The panel keeps only its report, its tab and the chosen function.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "editor.h"
#include "lang/compile_report.h"

namespace gs::ui {

class CompilerPanel {
 public:
  enum class Tab { Tokens, Ast, Escape, Bytecode };

  // Rebuilds the report when `revision` differs from the report's and the text has been
  // unchanged for the debounce delay (at once when `force`). Returns true when it did.
  bool update(const std::string& text, unsigned long long revision, double now, bool force = false);
  // Draws the panel. caret_line (1-based) lets "follow the caret" pick the function.
  void draw(int caret_line);

  // The escape decisions as gutter marks for the editor (empty without a report).
  std::vector<CodeEditor::GutterMark> gutter_marks() const;
  bool inline_messages() const { return inline_messages_; }
  bool marks_enabled() const { return marks_enabled_; }
  // Bumped whenever gutter_marks() or inline_messages() would change.
  unsigned long long marks_version() const { return marks_version_; }

  // The test interface's way in (and the Escape table's rows).
  void select_tab(Tab t) { tab_ = t; tab_requested_ = true; }
  static bool tab_from_name(const std::string& name, Tab* out);
  static const char* tab_name(Tab t);
  Tab tab() const { return tab_; }
  // Selects a function for the Bytecode tab by its Go symbol (stops following the caret).
  bool select_function(const std::string& name);
  const std::string& selected_function() const { return selected_; }

  const lang::CompileReport* report() const { return report_.get(); }
  unsigned long long report_revision() const { return report_revision_; }
  // Rows the last draw submitted in the open tab (clipped lists count what they hold).
  size_t drawn_rows() const { return drawn_rows_; }

 private:
  void draw_errors();
  void draw_tokens();
  void draw_ast();
  void draw_escape();
  void draw_bytecode(int caret_line);

  std::unique_ptr<lang::CompileReport> report_;
  unsigned long long report_revision_ = 0;
  unsigned long long seen_revision_ = 0;
  double seen_at_ = -1;
  Tab tab_ = Tab::Escape;
  bool tab_requested_ = true;
  std::string selected_;
  bool follow_caret_ = true;
  int last_caret_line_ = 0;
  bool marks_enabled_ = true;
  bool inline_messages_ = true;
  unsigned long long marks_version_ = 0;
  size_t drawn_rows_ = 0;
  std::vector<std::string> disasm_lines_;  // of the selected function, split once
  std::string disasm_of_;
};

}  // namespace gs::ui
