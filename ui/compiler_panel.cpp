// compiler_panel.cpp — see compiler_panel.h.
#include "compiler_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "panel_widgets.h"
#include "test_rects.h"
#include "theme.h"

namespace gs::ui {

namespace {

constexpr double kDebounce = 0.35;  // seconds of no typing before the text is recompiled

using Verdict = lang::ReportEscape::Verdict;

CodeEditor::MarkTone tone_of(Verdict v) {
  switch (v) {
    case Verdict::Heap: return CodeEditor::MarkTone::Bad;
    case Verdict::Leak: return CodeEditor::MarkTone::Warn;
    default: return CodeEditor::MarkTone::Good;
  }
}

ImVec4 verdict_colour(Verdict v) {
  switch (v) {
    case Verdict::Heap: return ImVec4(0.93f, 0.41f, 0.25f, 1.f);
    case Verdict::Leak: return ImVec4(0.84f, 0.66f, 0.16f, 1.f);
    case Verdict::Stack: return ImVec4(0.28f, 0.69f, 0.38f, 1.f);
    default: return ImGui::GetStyleColorVec4(ImGuiCol_Text);
  }
}

ImFont* mono() { return theme().fonts().mono ? theme().fonts().mono : ImGui::GetFont(); }

const ImGuiTableFlags kTableFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                   ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;

}  // namespace

bool CompilerPanel::tab_from_name(const std::string& name, Tab* out) {
  if (name == "tokens") *out = Tab::Tokens;
  else if (name == "ast") *out = Tab::Ast;
  else if (name == "escape") *out = Tab::Escape;
  else if (name == "bytecode") *out = Tab::Bytecode;
  else return false;
  return true;
}

const char* CompilerPanel::tab_name(Tab t) {
  switch (t) {
    case Tab::Tokens: return "tokens";
    case Tab::Ast: return "ast";
    case Tab::Escape: return "escape";
    case Tab::Bytecode: return "bytecode";
  }
  return "?";
}

bool CompilerPanel::update(const std::string& text, unsigned long long revision, double now, bool force) {
  if (revision != seen_revision_) {
    seen_revision_ = revision;
    seen_at_ = now;
  }
  if (report_ && revision == report_revision_) return false;
  // The first report comes at once; later ones once typing has paused.
  if (!force && report_ && now - seen_at_ < kDebounce) return false;
  report_ = std::make_unique<lang::CompileReport>(lang::build_compile_report(text));
  report_revision_ = revision;
  if (!selected_.empty() && !report_->func(selected_)) selected_.clear();
  if (selected_.empty() && !report_->funcs.empty()) {
    const lang::ReportFunc* m = report_->func("main.main");
    selected_ = m ? m->name : report_->funcs.front().name;
  }
  disasm_of_.clear();
  marks_version_++;
  return true;
}

std::vector<CodeEditor::GutterMark> CompilerPanel::gutter_marks() const {
  std::vector<CodeEditor::GutterMark> marks;
  if (!report_ || !marks_enabled_) return marks;
  for (const lang::ReportEscape& e : report_->escapes)
    marks.push_back({e.line, tone_of(e.verdict), e.text});
  // On a line with several decisions the most severe comes first (the editor shows it inline).
  std::stable_sort(marks.begin(), marks.end(), [](const CodeEditor::GutterMark& a, const CodeEditor::GutterMark& b) {
    return a.line != b.line ? a.line < b.line : static_cast<int>(a.tone) > static_cast<int>(b.tone);
  });
  return marks;
}

bool CompilerPanel::select_function(const std::string& name) {
  if (report_ && !report_->func(name)) return false;
  selected_ = name;
  follow_caret_ = false;
  return true;
}

void CompilerPanel::draw(int caret_line) {
  drawn_rows_ = 0;
  if (!report_) {
    ImGui::TextDisabled("Compiling…");
    return;
  }
  const lang::CompileReport& r = *report_;
  // Summary line.
  if (r.compiled) {
    size_t heap = 0;
    for (const auto& e : r.escapes) heap += e.verdict == Verdict::Heap;
    ImGui::Text("Compiled in %.1f ms · %zu function%s · %zu -m line%s, %zu to the heap", r.compile_ms,
                r.funcs.size(), r.funcs.size() == 1 ? "" : "s", r.escapes.size(), r.escapes.size() == 1 ? "" : "s", heap);
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, verdict_colour(Verdict::Heap));
    ImGui::Text("Does not compile: %zu %s error%s", r.errors.size(), r.syntax_errors ? "syntax" : "type",
                r.errors.size() == 1 ? "" : "s");
    ImGui::PopStyleColor();
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Rebuilt from the editor's text a moment after you stop typing:\n"
                      "scanner -> parser -> type check + escape analysis -> bytecode.");
  ImGui::SameLine();
  if (ImGui::Checkbox("gutter marks", &marks_enabled_)) marks_version_++;
  record_test_rect("compiler:marks");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Mark each line -m has something to say about, in the editor's gutter:\n"
                      "red: moved to / escapes to the heap; amber: a parameter leaks; green: does not escape.");
  ImGui::SameLine();
  ImGui::BeginDisabled(!marks_enabled_);
  if (ImGui::Checkbox("inline", &inline_messages_)) marks_version_++;
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Also print the first -m message at the end of the line.");

  if (!ImGui::BeginTabBar("compiler-tabs")) return;
  const struct { Tab tab; std::string label; } tabs[] = {
      {Tab::Tokens, "Tokens (" + std::to_string(r.tokens.size()) + ")###tokens"},
      {Tab::Ast, "AST###ast"},
      {Tab::Escape, "Escape (" + std::to_string(r.escapes.size()) + ")###escape"},
      {Tab::Bytecode, "Bytecode###bytecode"},
  };
  for (const auto& t : tabs) {
    ImGuiTabItemFlags flags = tab_requested_ && tab_ == t.tab ? ImGuiTabItemFlags_SetSelected : 0;
    bool open = ImGui::BeginTabItem(t.label.c_str(), nullptr, flags);
    record_test_rect(std::string("compiler:tab:") + tab_name(t.tab));
    if (!open) continue;
    if (!tab_requested_) tab_ = t.tab;
    switch (t.tab) {
      case Tab::Tokens: draw_tokens(); break;
      case Tab::Ast: draw_ast(); break;
      case Tab::Escape: draw_escape(); break;
      case Tab::Bytecode: draw_bytecode(caret_line); break;
    }
    ImGui::EndTabItem();
  }
  tab_requested_ = false;
  ImGui::EndTabBar();
}

void CompilerPanel::draw_errors() {
  const lang::CompileReport& r = *report_;
  widgets::dim_wrapped(r.syntax_errors ? "The parser stopped it. go build would print:"
                                       : "The type checker rejected it. go build would print:");
  ImGui::PushFont(mono());
  ImGui::PushStyleColor(ImGuiCol_Text, verdict_colour(Verdict::Heap));
  for (const auto& d : r.errors) ImGui::TextWrapped("./prog.go:%d:%d: %s", d.line, d.col, d.msg.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void CompilerPanel::draw_tokens() {
  const lang::CompileReport& r = *report_;
  widgets::dim_wrapped(
      "What the scanner hands the parser, in order. Dim ; rows are semicolons Go inserts itself: after a line "
      "whose last token can end a statement (literal \"newline\") and at the end of the file (\"EOF\").");
  if (!r.lex_errors.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, verdict_colour(Verdict::Heap));
    for (const auto& d : r.lex_errors) ImGui::Text("%d:%d: %s", d.line, d.col, d.msg.c_str());
    ImGui::PopStyleColor();
  }
  if (!ImGui::BeginTable("tokens", 4, kTableFlags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("line:col");
  ImGui::TableSetupColumn("token");
  ImGui::TableSetupColumn("literal");
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(r.tokens.size()));
  ImGui::PushFont(mono());
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
      const lang::ReportToken& t = r.tokens[static_cast<size_t>(i)];
      const bool autosemi = t.automatic();
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%d:%d", t.line, t.col);
      ImGui::TableNextColumn();
      if (autosemi) ImGui::TextDisabled("%s", t.kind.c_str());
      else ImGui::TextUnformatted(t.kind.c_str());
      ImGui::TableNextColumn();
      if (autosemi) ImGui::TextDisabled("%s", t.lit.c_str());
      else ImGui::TextUnformatted(t.lit.c_str());
      ImGui::TableNextColumn();
      if (autosemi) ImGui::TextDisabled("inserted by the scanner");
      else if (!t.lit_kind.empty()) ImGui::TextDisabled("%s literal", t.lit_kind.c_str());
      drawn_rows_++;
    }
  }
  ImGui::PopFont();
  if (r.tokens_truncated) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("…");
  }
  ImGui::EndTable();
}

void CompilerPanel::draw_ast() {
  const lang::CompileReport& r = *report_;
  widgets::dim_wrapped(
      "The parser's tree, one row per declaration and statement (expressions are printed, not expanded); "
      "function literals get rows of their own, since closures are where many escape decisions are made.");
  if (!r.errors.empty() && r.syntax_errors) {
    ImGui::PushStyleColor(ImGuiCol_Text, verdict_colour(Verdict::Heap));
    ImGui::TextWrapped("Syntax errors: this is the partial tree the parser built while recovering.");
    ImGui::PopStyleColor();
  }
  if (!ImGui::BeginTable("ast", 3, kTableFlags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("line:col");
  ImGui::TableSetupColumn("node");
  ImGui::TableSetupColumn("source", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(r.outline.size()));
  const float indent = ImGui::GetFontSize() * 1.2f;
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
      const lang::OutlineItem& it = r.outline[static_cast<size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%d:%d", it.line, it.col);
      ImGui::TableNextColumn();  // not indented: the source column shows the depth, and deep names stay whole
      if (it.node == "FuncDecl" || it.node == "FuncLit") ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.40f, 0.62f, 0.95f, 1.f));
      else ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextUnformatted(it.node.c_str());
      ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent * static_cast<float>(it.depth));
      ImGui::PushFont(mono());
      ImGui::TextUnformatted(it.text.c_str());
      ImGui::PopFont();
      drawn_rows_++;
    }
  }
  ImGui::EndTable();
}

void CompilerPanel::draw_escape() {
  const lang::CompileReport& r = *report_;
  if (!r.compiled) {
    draw_errors();
    return;
  }
  widgets::dim_wrapped(
      "Exactly the lines go build -gcflags='-m -l' prints for this file, in its order. A variable -m does not "
      "mention stays in its function's frame; \"moved to heap\" means the compiler allocates it with newobject "
      "instead. -l turns inlining off, as we never inline: with inlining Go's answers for calls can differ.");
  if (r.escapes.empty()) {
    ImGui::TextDisabled("No decisions to report: nothing here has its address taken, escapes or leaks.");
    return;
  }
  if (!ImGui::BeginTable("escapes", 4, kTableFlags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("line:col");
  ImGui::TableSetupColumn("function");
  ImGui::TableSetupColumn("decision (-m)", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("on the heap: size class");
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < r.escapes.size(); i++) {
    const lang::ReportEscape& e = r.escapes[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    char pos[32];
    std::snprintf(pos, sizeof pos, "%d:%d", e.line, e.col);
    if (ImGui::Selectable(pos, false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap) &&
        !e.func.empty() && r.func(e.func))
      select_function(e.func);
    if (ImGui::IsItemHovered() && !e.func.empty()) ImGui::SetTooltip("Click to show %s in the Bytecode tab", e.func.c_str());
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", e.func.empty() ? "-" : e.func.c_str());
    ImGui::TableNextColumn();
    ImGui::PushFont(mono());
    ImGui::PushStyleColor(ImGuiCol_Text, verdict_colour(e.verdict));
    ImGui::TextUnformatted(e.text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::TableNextColumn();
    // Where mallocgc puts it (see the Allocator panel); for a frame allocation, where it
    // would have gone.
    if (!e.size_class.empty()) {
      if (e.verdict == Verdict::Heap) ImGui::TextUnformatted(e.size_class.c_str());
      else ImGui::TextDisabled("(frame; else %s)", e.size_class.c_str());
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip(e.verdict == Verdict::Heap
                              ? "mallocgc's choice for this object: the Allocator panel's row for this class counts it"
                              : "escape analysis keeps it in the frame; on the heap it would take this class");
    }
    ImGui::PopID();
    drawn_rows_++;
  }
  ImGui::EndTable();
}

void CompilerPanel::draw_bytecode(int caret_line) {
  const lang::CompileReport& r = *report_;
  if (!r.compiled) {
    draw_errors();
    return;
  }
  if (r.funcs.empty()) {
    ImGui::TextDisabled("No functions with code.");
    return;
  }
  // Follow the caret: the innermost function around it.
  if (follow_caret_ && caret_line != last_caret_line_) {
    if (const lang::ReportFunc* f = r.func_at_line(caret_line)) selected_ = f->name;
  }
  last_caret_line_ = caret_line;
  const lang::ReportFunc* f = r.func(selected_);
  if (!f) f = &r.funcs.front();
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x * 0.5f, ImGui::GetFontSize() * 22));
  if (ImGui::BeginCombo("##function", f->name.c_str())) {
    for (const lang::ReportFunc& g : r.funcs) {
      if (ImGui::Selectable(g.name.c_str(), g.name == f->name)) select_function(g.name);
    }
    ImGui::EndCombo();
  }
  record_test_rect("compiler:function");
  ImGui::SameLine();
  ImGui::Checkbox("follow the caret", &follow_caret_);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show the function around the editor's caret.");
  ImGui::TextDisabled("line %d · frame %d bytes (32-byte header, %d of parameters, results at %d) · %zu instructions",
                      f->decl_line, f->frame_size, f->params_size, f->results_off, f->instructions);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Our VM's code, not Go's: Go's compiler goes on from escape analysis to SSA and machine code.\n"
                      "Each '; line N' marks where the code for source line N begins.");
  if (disasm_of_ != f->name) {
    disasm_lines_.clear();
    size_t i = 0;
    while (i < f->disasm.size()) {
      size_t nl = f->disasm.find('\n', i);
      if (nl == std::string::npos) nl = f->disasm.size();
      disasm_lines_.push_back(f->disasm.substr(i, nl - i));
      i = nl + 1;
    }
    disasm_of_ = f->name;
  }
  ImGui::BeginChild("disasm", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PushFont(mono());
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(disasm_lines_.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
      const std::string& l = disasm_lines_[static_cast<size_t>(i)];
      if (l.rfind("  ;", 0) == 0) ImGui::TextDisabled("%s", l.c_str());
      else ImGui::TextUnformatted(l.c_str());
      drawn_rows_++;
    }
  }
  ImGui::PopFont();
  ImGui::EndChild();
}

}  // namespace gs::ui
