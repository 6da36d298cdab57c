// editor.cpp — the Go code editor. See editor.h for how it sits on ImGui's InputText.
//
// Geometry (all in the scrolling child "##scroll"): the InputText's frame starts at the
// child's content origin; its text starts FramePadding further in; line i is drawn at
// y = origin + i * font_size, and a column's x is the font's advance sum of the bytes before
// it (ImFont::CalcTextSizeA, which is what ImGui's InputText measures with too). The overlay,
// caret, error marker and gutter all derive from that one origin.
#include "editor.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <utility>

#include "layout.h"
#include "theme.h"

namespace gs::ui {
namespace {

using model::GoToken;

ImU32 token_colour(GoToken kind, const Palette& p) {
  switch (kind) {
    case GoToken::Keyword: return p.keyword;
    case GoToken::Type: return p.type;
    case GoToken::Builtin: return p.type;
    case GoToken::String: return p.string;
    case GoToken::Rune: return p.string;
    case GoToken::Number: return p.number;
    case GoToken::Comment: return p.comment;
    case GoToken::Punct: return p.punct;
    case GoToken::Plain: break;
  }
  return p.plain;
}

// Hides keys from the widgets drawn while it lives: ImGui 1.86 decides "pressed" from these
// durations, so a negative one reads as "not down". Restored on destruction.
class KeyHider {
 public:
  KeyHider() = default;
  KeyHider(const KeyHider&) = delete;
  KeyHider& operator=(const KeyHider&) = delete;
  ~KeyHider() {
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) *it->first = it->second;
  }
  void hide_key(ImGuiKey key) {
    ImGuiIO& io = ImGui::GetIO();
    const int index = ImGui::GetKeyIndex(key);
    if (index >= 0 && index < IM_ARRAYSIZE(io.KeysDownDuration)) hide(&io.KeysDownDuration[index]);
  }
  void hide_nav_input(ImGuiNavInput input) { hide(&ImGui::GetIO().NavInputsDownDuration[input]); }

 private:
  void hide(float* slot) {
    saved_.emplace_back(slot, *slot);
    *slot = -1.f;
  }
  std::vector<std::pair<float*, float>> saved_;
};


// Gutter mark colours, readable on the dark and the light theme alike.
ImU32 mark_colour(CodeEditor::MarkTone t, float alpha) {
  const int a = static_cast<int>(255 * alpha);
  switch (t) {
    case CodeEditor::MarkTone::Bad: return IM_COL32(236, 104, 64, a);
    case CodeEditor::MarkTone::Warn: return IM_COL32(214, 168, 40, a);
    case CodeEditor::MarkTone::Good: return IM_COL32(72, 176, 96, a);
  }
  return IM_COL32(128, 128, 128, a);
}

int decimal_digits(std::size_t n) {
  int d = 1;
  while (n >= 10) {
    n /= 10;
    ++d;
  }
  return d;
}

std::size_t line_start_before(std::string_view text, std::size_t at) {
  if (at == 0) return 0;
  const std::size_t nl = text.rfind('\n', at - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}


// A squiggly underline from x0 to x1 at baseline y (the compile error's token).
void draw_squiggle(ImDrawList* dl, float x0, float x1, float y, float amplitude, ImU32 colour) {
  const float step = std::max(2.f, amplitude * 1.5f);
  ImVec2 prev(x0, y);
  bool up = true;
  for (float x = x0 + step; x < x1 + step; x += step) {
    const ImVec2 next(std::min(x, x1), up ? y - amplitude : y);
    dl->AddLine(prev, next, colour, 1.f);
    prev = next;
    up = !up;
  }
}

}  // namespace

CodeEditor::CodeEditor() { set_text(std::string()); }

void CodeEditor::set_text(std::string text) {
  text_ = std::move(text);
  baseline_ = text_;
  shadow_ = text_;
  history_.reset();
  error_line_ = error_col_ = 0;
  error_message_.clear();
  text_changed_programmatically(0);
}

void CodeEditor::replace_all(std::string text) {
  if (text == text_) return;
  history_.break_coalescing();
  history_.record(shadow_, text, cursor_, now_);
  history_.break_coalescing();
  text_ = std::move(text);
  shadow_ = text_;
  text_changed_programmatically(0);
}

bool CodeEditor::undo() {
  const auto cursor = history_.undo(text_);
  if (!cursor) return false;
  shadow_ = text_;
  text_changed_programmatically(cursor->cursor);
  return true;
}

bool CodeEditor::redo() {
  const auto cursor = history_.redo(text_);
  if (!cursor) return false;
  shadow_ = text_;
  text_changed_programmatically(cursor->cursor);
  return true;
}

void CodeEditor::set_error(int line, int col, std::string message) {
  error_line_ = std::max(0, line);
  error_col_ = error_line_ > 0 ? std::max(0, col) : 0;
  error_message_ = error_line_ > 0 ? std::move(message) : std::string();
  scroll_to_error_ = error_line_ > 0;
}

void CodeEditor::set_gutter_marks(std::vector<GutterMark> marks, unsigned long long revision, bool inline_text) {
  std::stable_sort(marks.begin(), marks.end(), [](const GutterMark& a, const GutterMark& b) { return a.line < b.line; });
  marks_.clear();
  for (GutterMark& m : marks) {
    if (m.line <= 0) continue;
    if (marks_.empty() || marks_.back().line != m.line) marks_.push_back({m.line, m.tone, std::string(), 0});
    LineMarks& lm = marks_.back();
    if (static_cast<int>(m.tone) > static_cast<int>(lm.tone)) lm.tone = m.tone;
    lm.text += (lm.count ? "\n" : "") + m.message;
    lm.count++;
  }
  marks_revision_ = revision;
  marks_inline_ = inline_text;
}

const CodeEditor::LineMarks* CodeEditor::marks_for_line(int line) const {
  auto it = std::lower_bound(marks_.begin(), marks_.end(), line, [](const LineMarks& m, int l) { return m.line < l; });
  return it != marks_.end() && it->line == line ? &*it : nullptr;
}

void CodeEditor::text_changed_programmatically(std::size_t cursor) {
  cursor_ = select_begin_ = select_end_ = std::min(cursor, text_.size());
  // While the widget has focus it owns the text: hand it the new text in its next callback.
  if (widget_active_) push_text_to_widget_ = true;
  caret_moved_ = true;
  note_text_changed();
}

void CodeEditor::note_text_changed() {
  ++revision_;
  edited_ = text_ != baseline_;
}

int CodeEditor::cursor_line() const {
  const std::size_t c = std::min(cursor_, text_.size());
  return 1 + static_cast<int>(std::count(text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(c), '\n'));
}

int CodeEditor::cursor_col() const {
  const std::size_t c = std::min(cursor_, text_.size());
  return 1 + static_cast<int>(c - line_start_before(text_, c));
}

// ---- the widget's callback: edits, auto-indent, undo, caret --------------------------------

int CodeEditor::input_callback(ImGuiInputTextCallbackData* data) {
  return static_cast<CodeEditor*>(data->UserData)->on_input_callback(data);
}

int CodeEditor::on_input_callback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag != ImGuiInputTextFlags_CallbackAlways) return 0;
  const std::size_t old_cursor = cursor_;
  bool text_changed = false;

  if (push_text_to_widget_) {
    // A programmatic change (undo button, set_text, test interface) since the last frame.
    push_text_to_widget_ = false;
    replace_widget_text(data, text_, cursor_, select_begin_, select_end_);
  } else {
    const std::string_view typed(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    if (typed != shadow_) {  // the user edited this frame
      apply_auto_indent(data, model::diff_texts(shadow_, typed));
      const std::string_view now_text(data->Buf, static_cast<std::size_t>(data->BufTextLen));
      history_.record(shadow_, now_text, cursor_, now_);
      shadow_.assign(now_text);
      text_changed = true;
    }
    const std::size_t sel_lo = static_cast<std::size_t>(std::min(data->SelectionStart, data->SelectionEnd));
    const std::size_t sel_hi = static_cast<std::size_t>(std::max(data->SelectionStart, data->SelectionEnd));
    switch (key_action_) {
      case KeyAction::Undo:
      case KeyAction::Redo: {
        std::string t = shadow_;
        const auto c = key_action_ == KeyAction::Undo ? history_.undo(t) : history_.redo(t);
        if (c) {
          shadow_ = std::move(t);
          replace_widget_text(data, shadow_, c->cursor, c->cursor, c->cursor);
          text_changed = true;
        }
        break;
      }
      case KeyAction::IndentLines:
      case KeyAction::OutdentLines: {
        const std::size_t caret = static_cast<std::size_t>(data->CursorPos);
        const model::LinesEdit e = key_action_ == KeyAction::IndentLines
                                       ? model::indent_lines(shadow_, sel_lo == sel_hi ? caret : sel_lo, sel_lo == sel_hi ? caret : sel_hi)
                                       : model::outdent_lines(shadow_, sel_lo == sel_hi ? caret : sel_lo, sel_lo == sel_hi ? caret : sel_hi);
        if (e.text != shadow_) {
          history_.break_coalescing();
          history_.record(shadow_, e.text, caret, now_);
          history_.break_coalescing();
          shadow_ = e.text;
          replace_widget_text(data, shadow_, e.select_end, e.select_begin, e.select_end);
          text_changed = true;
        }
        break;
      }
      case KeyAction::None:
        break;
    }
  }
  key_action_ = KeyAction::None;
  enter_pressed_ = false;

  cursor_ = static_cast<std::size_t>(data->CursorPos);
  select_begin_ = static_cast<std::size_t>(std::min(data->SelectionStart, data->SelectionEnd));
  select_end_ = static_cast<std::size_t>(std::max(data->SelectionStart, data->SelectionEnd));
  if (cursor_ != old_cursor || text_changed) {
    caret_moved_ = true;
    caret_blink_start_ = now_;
  }
  if (cursor_ != old_cursor && !text_changed) history_.break_coalescing();  // the caret jumped
  return 0;
}

void CodeEditor::replace_widget_text(ImGuiInputTextCallbackData* data, const std::string& text, std::size_t cursor,
                                     std::size_t select_begin, std::size_t select_end) {
  data->DeleteChars(0, data->BufTextLen);
  data->InsertChars(0, text.data(), text.data() + text.size());
  const int size = data->BufTextLen;
  auto clamp = [size](std::size_t v) { return static_cast<int>(std::min<std::size_t>(v, static_cast<std::size_t>(size))); };
  data->CursorPos = clamp(select_begin != select_end ? select_end : cursor);
  data->SelectionStart = clamp(select_begin);
  data->SelectionEnd = clamp(select_end);
}

void CodeEditor::apply_auto_indent(ImGuiInputTextCallbackData* data, const model::TextChange& change) {
  const std::string_view buf(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  const std::size_t caret = static_cast<std::size_t>(data->CursorPos);
  if (caret == 0 || caret > buf.size()) return;
  const char typed = buf[caret - 1];  // what the keystroke put just before the caret

  if (enter_pressed_ && change.inserted == "\n" && typed == '\n') {
    const std::size_t nl = caret - 1;
    const std::size_t start = line_start_before(buf, nl);
    const std::string_view line_before = buf.substr(start, nl - start);
    const std::string indent = model::go_indent_for_new_line(line_before);
    // "{|}" + Enter: the closing bracket goes to a line of its own below the caret.
    std::size_t rest = caret;
    while (rest < buf.size() && (buf[rest] == ' ' || buf[rest] == '\t')) ++rest;
    const bool closes_next = rest < buf.size() && (buf[rest] == '}' || buf[rest] == ')' || buf[rest] == ']');
    std::size_t base_len = 0;
    while (base_len < line_before.size() && (line_before[base_len] == ' ' || line_before[base_len] == '\t')) ++base_len;
    const bool opened_block = indent.size() > base_len;
    if (!indent.empty()) data->InsertChars(data->CursorPos, indent.data(), indent.data() + indent.size());
    if (closes_next && opened_block) {
      const int keep = data->CursorPos;
      const std::string tail = "\n" + std::string(line_before.substr(0, base_len));
      data->InsertChars(data->CursorPos, tail.data(), tail.data() + tail.size());
      data->CursorPos = data->SelectionStart = data->SelectionEnd = keep;
    }
    return;
  }
  if (change.removed.empty() && change.inserted.size() == 1 && (typed == '}' || typed == ')' || typed == ']')) {
    const std::size_t pos = caret - 1;
    const std::size_t start = line_start_before(buf, pos);
    const int cut = model::go_dedent_bytes(buf.substr(start, pos - start));
    if (cut > 0) data->DeleteChars(static_cast<int>(pos) - cut, cut);
  }
}

// ---- layout cache ----------------------------------------------------------------------

void CodeEditor::rebuild_lines(float font_size) {
  ImFont* font = ImGui::GetFont();
  lines_.clear();
  spans_.clear();
  widest_line_ = 0;
  model::GoLexState state;
  std::size_t start = 0;
  for (;;) {
    const std::size_t nl = text_.find('\n', start);
    const std::size_t end = nl == std::string::npos ? text_.size() : nl;
    const std::string_view line(text_.data() + start, end - start);
    Line l;
    l.start = start;
    l.length = end - start;
    l.first_span = spans_.size();
    model::highlight_go_line(line, state, spans_);
    l.span_count = spans_.size() - l.first_span;
    l.width = font->CalcTextSizeA(font_size, FLT_MAX, 0.f, line.data(), line.data() + line.size()).x;
    widest_line_ = std::max(widest_line_, l.width);
    lines_.push_back(l);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  lines_revision_ = revision_;
  lines_font_size_ = font_size;
}

ImVec2 CodeEditor::screen_pos_of(std::size_t offset) const {
  if (lines_.empty() || lines_revision_ != revision_) return text_origin_;
  offset = std::min(offset, text_.size());
  const std::size_t i = line_of_offset(offset);
  const Line& line = lines_[i];
  ImFont* font = theme().fonts().mono ? theme().fonts().mono : ImGui::GetFont();
  const std::size_t in_line = std::min(offset - std::min(offset, line.start), line.length);
  const char* base = text_.data() + line.start;
  const float x = font->CalcTextSizeA(lines_font_size_, FLT_MAX, 0.f, base, base + in_line).x;
  return ImVec2(text_origin_.x + x, text_origin_.y + static_cast<float>(i) * lines_font_size_);
}

std::size_t CodeEditor::line_of_offset(std::size_t offset) const {
  auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                             [](std::size_t off, const Line& l) { return off < l.start; });
  return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin()) - 1;
}

// ---- drawing ---------------------------------------------------------------------------

bool CodeEditor::draw(const char* id, ImVec2 size) {
  ImGuiIO& io = ImGui::GetIO();
  const Palette& pal = theme().palette();
  now_ = ImGui::GetTime();
  bool run_requested = false;

  ImGui::PushID(id);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, pal.code_bg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  const bool outer_open = ImGui::BeginChild("##editor", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  if (!outer_open) {
    ImGui::EndChild();
    ImGui::PopID();
    return false;
  }
  ImFont* font = theme().fonts().mono ? theme().fonts().mono : ImGui::GetFont();
  ImGui::PushFont(font);
  const float font_size = ImGui::GetFontSize();
  const float line_h = font_size;  // InputText advances one font size a line
  const float char_w = font->CalcTextSizeA(font_size, FLT_MAX, 0.f, "0").x;
  if (lines_revision_ != revision_ || lines_font_size_ != font_size) rebuild_lines(font_size);

  const bool focused_here = ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows);
  const float marker_w = std::floor(char_w * 1.5f);
  const int digits = std::max(3, decimal_digits(lines_.size()));
  const float gutter_w = std::floor(marker_w + digits * char_w + char_w * 1.5f);
  const ImVec2 outer_pos = ImGui::GetCursorScreenPos();
  const ImVec2 outer_avail = ImGui::GetContentRegionAvail();

  // The scrolling child that holds the text widget.
  ImGui::SetCursorScreenPos(ImVec2(outer_pos.x + gutter_w, outer_pos.y));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("##scroll", ImVec2(std::max(1.f, outer_avail.x - gutter_w), std::max(1.f, outer_avail.y)), false,
                    ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImGuiWindow* scroll_window = ImGui::GetCurrentWindow();
  const ImRect view = scroll_window->InnerRect;  // visible area, without scrollbars
  const ImVec2 pad(std::floor(char_w * 0.5f), 2.f);
  const ImVec2 frame_min = ImGui::GetCursorScreenPos();
  // Big enough that the widget never scrolls itself (all lines, plus slack for a frame's
  // growth) and at least as big as the visible area (so a click anywhere places the caret).
  const ImVec2 frame_size = fill_size(ImVec2(widest_line_ + 2 * pad.x + 8 * char_w,
                                             (static_cast<float>(lines_.size()) + 3.f) * line_h + 2 * pad.y),
                                      scroll_window->Size);

  // Keys: some are ours, not the widget's.
  input_id_ = ImGui::GetID("##code");
  const bool active_before = ImGui::GetActiveID() == input_id_;
  KeyHider hidden;
  const bool mod = io.KeyCtrl || io.KeySuper;
  const bool enter = key_pressed(ImGuiKey_Enter, false) || key_pressed(ImGuiKey_KeyPadEnter, false);
  if ((active_before || focused_here) && mod && enter) {
    run_requested = true;
    hidden.hide_key(ImGuiKey_Enter);
    hidden.hide_key(ImGuiKey_KeyPadEnter);
    hidden.hide_nav_input(ImGuiNavInput_Input);
  }
  key_action_ = KeyAction::None;
  enter_pressed_ = false;
  if (active_before) {
    enter_pressed_ = !mod && (key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_KeyPadEnter));
    // Escape would revert every edit since the widget took focus: never let it.
    hidden.hide_key(ImGuiKey_Escape);
    hidden.hide_nav_input(ImGuiNavInput_Cancel);
    if (mod && !io.KeyAlt && key_pressed(ImGuiKey_Z)) {
      key_action_ = io.KeyShift ? KeyAction::Redo : KeyAction::Undo;
    } else if (mod && !io.KeyAlt && key_pressed(ImGuiKey_Y)) {
      key_action_ = KeyAction::Redo;
    } else if (!mod && key_pressed(ImGuiKey_Tab)) {
      const bool multi_line_selection =
          select_end_ > select_begin_ && select_end_ <= text_.size() &&
          std::string_view(text_).substr(select_begin_, select_end_ - select_begin_).find('\n') != std::string_view::npos;
      if (io.KeyShift) {
        key_action_ = KeyAction::OutdentLines;
      } else if (multi_line_selection) {
        key_action_ = KeyAction::IndentLines;
        hidden.hide_key(ImGuiKey_Tab);
        ImVector<ImWchar>& queue = io.InputQueueCharacters;
        for (int i = queue.Size - 1; i >= 0; --i)
          if (queue[i] == '\t') queue.erase(queue.Data + i);
      }
    }
  }

  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, pad);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.f);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));  // we draw the text, coloured
  const ImGuiInputTextFlags flags = ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackAlways |
                                    ImGuiInputTextFlags_NoUndoRedo | ImGuiInputTextFlags_NoHorizontalScroll;
  const bool changed = ImGui::InputTextMultiline("##code", &text_, frame_size, flags, &CodeEditor::input_callback, this);
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar(2);
  // The widget's own child window, to read its (normally zero) scroll.
  char inner_name[1024 * 3 + 1];  // as long as ImGui's own name buffer (ImGuiContext::TempBuffer)
  ImFormatString(inner_name, IM_ARRAYSIZE(inner_name), "%s/%s_%08X", scroll_window->Name, "##code", input_id_);
  const ImGuiWindow* inner = ImGui::FindWindowByName(inner_name);
  const ImVec2 inner_scroll = inner ? inner->Scroll : ImVec2(0, 0);

  const bool active_now = ImGui::GetActiveID() == input_id_;
  if (active_before && !active_now) history_.break_coalescing();
  if (!active_now) push_text_to_widget_ = false;  // an inactive widget shows text_ itself
  widget_active_ = active_now;
  if (changed) {
    if (text_ != shadow_) {  // not seen by the callback (should not happen): record it anyway
      history_.record(shadow_, text_, cursor_, now_);
      shadow_ = text_;
    }
    note_text_changed();
    cursor_ = std::min(cursor_, text_.size());
  }
  if (lines_revision_ != revision_) rebuild_lines(font_size);

  // ---- overlay: error line, coloured text, squiggle, message, caret ----
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin(frame_min.x + pad.x - inner_scroll.x, frame_min.y + pad.y - inner_scroll.y);
  text_origin_ = origin;
  const int line_count = static_cast<int>(lines_.size());
  const int first_visible = std::clamp(static_cast<int>(std::floor((view.Min.y - origin.y) / line_h)), 0, line_count - 1);
  const int last_visible = std::clamp(static_cast<int>(std::ceil((view.Max.y - origin.y) / line_h)), 0, line_count - 1);
  auto text_width = [&](const char* b, const char* e) { return font->CalcTextSizeA(font_size, FLT_MAX, 0.f, b, e).x; };
  const std::size_t caret_line = line_of_offset(std::min(cursor_, text_.size()));

  if (active_now && static_cast<int>(caret_line) >= first_visible && static_cast<int>(caret_line) <= last_visible) {
    const float y = origin.y + static_cast<float>(caret_line) * line_h;
    dl->AddRectFilled(ImVec2(view.Min.x, y), ImVec2(view.Max.x, y + line_h), ImGui::GetColorU32(ImGuiCol_Text, 0.05f));
  }
  const int error_index = error_line_ - 1;
  const bool error_shown = error_line_ > 0 && error_index < line_count;
  if (error_shown && error_index >= first_visible && error_index <= last_visible) {
    const float y = origin.y + static_cast<float>(error_index) * line_h;
    dl->AddRectFilled(ImVec2(view.Min.x, y), ImVec2(view.Max.x, y + line_h), pal.error_line_bg);
  }
  for (int i = first_visible; i <= last_visible && line_count > 0; ++i) {
    const Line& line = lines_[static_cast<std::size_t>(i)];
    const char* base = text_.data() + line.start;
    const float y = origin.y + static_cast<float>(i) * line_h;
    float x = origin.x;
    int pos = 0;
    for (std::size_t s = line.first_span; s < line.first_span + line.span_count; ++s) {
      const model::GoSpan& span = spans_[s];
      x += text_width(base + pos, base + span.begin);
      if (x > view.Max.x) break;
      const float w = text_width(base + span.begin, base + span.end);
      if (x + w >= view.Min.x)
        dl->AddText(font, font_size, ImVec2(x, y), token_colour(span.kind, pal), base + span.begin, base + span.end);
      x += w;
      pos = span.end;
    }
  }
  if (error_shown && error_index >= first_visible && error_index <= last_visible) {
    const Line& line = lines_[static_cast<std::size_t>(error_index)];
    const char* base = text_.data() + line.start;
    const float y = origin.y + static_cast<float>(error_index) * line_h;
    if (error_col_ > 0) {
      const std::size_t at = std::min(static_cast<std::size_t>(error_col_ - 1), line.length);
      std::size_t end = at;
      while (end < line.length && is_word_byte(static_cast<unsigned char>(base[end]))) ++end;
      const float x0 = origin.x + text_width(base, base + at);
      const float x1 = std::max(x0 + char_w, origin.x + text_width(base, base + end));
      draw_squiggle(dl, x0, x1, y + line_h - 1.5f, std::max(1.5f, font_size * 0.12f), pal.error_text);
    }
    const std::string_view first_line_of_message = std::string_view(error_message_).substr(0, error_message_.find('\n'));
    if (!first_line_of_message.empty()) {
      const float x = origin.x + line.width + 3 * char_w;
      dl->AddText(font, font_size, ImVec2(x, y), pal.error_text, first_line_of_message.data(),
                  first_line_of_message.data() + first_line_of_message.size());
    }
    const ImRect error_rect(ImVec2(view.Min.x, y), ImVec2(view.Max.x, y + line_h));
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && error_rect.Contains(io.MousePos) && !error_message_.empty())
      ImGui::SetTooltip("%s", error_message_.c_str());
  }
  // Gutter marks' first message, dimmed at the end of the line (not on the error's line).
  const bool marks_fresh = marks_revision_ == revision_;
  if (marks_inline_ && !marks_.empty() && line_count > 0) {
    for (const LineMarks& m : marks_) {
      const int i = m.line - 1;
      if (i < first_visible || i > last_visible || i == error_index) continue;
      const Line& line = lines_[static_cast<std::size_t>(i)];
      const float y = origin.y + static_cast<float>(i) * line_h;
      std::string_view first = std::string_view(m.text).substr(0, m.text.find('\n'));
      std::string shown = "// " + std::string(first);
      if (m.count > 1) shown += "  (+" + std::to_string(m.count - 1) + ")";
      const float x = origin.x + line.width + 3 * char_w;
      dl->AddText(font, font_size, ImVec2(x, y), mark_colour(m.tone, marks_fresh ? 0.85f : 0.35f), shown.c_str(),
                  shown.c_str() + shown.size());
      const ImRect r(ImVec2(x, y), ImVec2(x + text_width(shown.c_str(), shown.c_str() + shown.size()), y + line_h));
      if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && r.Contains(io.MousePos))
        ImGui::SetTooltip("%s", m.text.c_str());
    }
  }
  if (active_now && line_count > 0) {
    const Line& line = lines_[caret_line];
    const std::size_t in_line = std::min(cursor_ - std::min(cursor_, line.start), line.length);
    const float x = std::floor(origin.x + text_width(text_.data() + line.start, text_.data() + line.start + in_line));
    const float y = origin.y + static_cast<float>(caret_line) * line_h;
    const double t = now_ - caret_blink_start_;
    const bool blink_on = !io.ConfigInputTextCursorBlink || std::fmod(t, 1.2) <= 0.8;
    if (blink_on) dl->AddLine(ImVec2(x, y + 0.5f), ImVec2(x, y + line_h - 1.5f), pal.plain, std::max(1.f, std::floor(font_size / 14.f)));

    // Keep the caret in view (our child scrolls; the widget does not).
    if (caret_moved_) {
      const float margin_x = std::min(4 * char_w, view.GetWidth() / 3);
      if (y < view.Min.y)
        ImGui::SetScrollY(scroll_window->Scroll.y - (view.Min.y - y));
      else if (y + line_h > view.Max.y)
        ImGui::SetScrollY(scroll_window->Scroll.y + (y + line_h - view.Max.y));
      if (x < view.Min.x + margin_x)
        ImGui::SetScrollX(std::max(0.f, scroll_window->Scroll.x - (view.Min.x + margin_x - x)));
      else if (x > view.Max.x - margin_x)
        ImGui::SetScrollX(scroll_window->Scroll.x + (x - (view.Max.x - margin_x)));
    }
  }
  caret_moved_ = false;
  if (scroll_to_error_ && error_shown) {
    const float y = origin.y + static_cast<float>(error_index) * line_h;
    if (y < view.Min.y || y + line_h > view.Max.y)
      ImGui::SetScrollY(std::max(0.f, scroll_window->Scroll.y + (y - view.Min.y) - view.GetHeight() / 3));
    scroll_to_error_ = false;
  }
  const float text_top = origin.y;
  const float view_top = view.Min.y, view_bottom = view.Max.y;
  ImGui::EndChild();

  // ---- gutter: line numbers and the error marker, fixed while the code scrolls sideways ----
  ImDrawList* gdl = ImGui::GetWindowDrawList();
  const ImVec2 gutter_min(outer_pos.x, view_top);
  const ImVec2 gutter_max(outer_pos.x + gutter_w, view_bottom);
  gdl->AddLine(ImVec2(gutter_max.x - 1, outer_pos.y), ImVec2(gutter_max.x - 1, outer_pos.y + outer_avail.y),
               ImGui::GetColorU32(ImGuiCol_Separator, 0.5f));
  gdl->PushClipRect(gutter_min, gutter_max, true);
  char number[16];
  for (int i = first_visible; i <= last_visible && line_count > 0; ++i) {
    const float y = text_top + static_cast<float>(i) * line_h;
    const int len = std::snprintf(number, sizeof number, "%d", i + 1);
    const float w = text_width(number, number + len);
    const float x = outer_pos.x + marker_w + static_cast<float>(digits) * char_w - w;
    ImU32 colour = pal.comment;
    if (i == error_index) colour = pal.error_text;
    else if (active_now && i == static_cast<int>(caret_line)) colour = pal.plain;
    gdl->AddText(font, font_size, ImVec2(x, y), colour, number, number + len);
    if (i != error_index) {
      if (const LineMarks* m = marks_for_line(i + 1)) {
        const float bar_w = std::max(3.f, std::floor(marker_w * 0.4f));
        const ImVec2 a(outer_pos.x + 2.f, y + line_h * 0.12f), b(a.x + bar_w, y + line_h * 0.88f);
        gdl->AddRectFilled(a, b, mark_colour(m->tone, marks_fresh ? 1.f : 0.4f), bar_w * 0.4f);
        const ImRect marker(ImVec2(outer_pos.x, y), ImVec2(gutter_max.x, y + line_h));
        if (ImGui::IsWindowHovered() && marker.Contains(io.MousePos)) ImGui::SetTooltip("%s", m->text.c_str());
      }
    }
    if (i == error_index) {
      const ImVec2 centre(outer_pos.x + marker_w * 0.5f + 1.f, y + line_h * 0.5f);
      gdl->AddCircleFilled(centre, std::max(2.5f, line_h * 0.22f), pal.error_text);
      const ImRect marker(ImVec2(outer_pos.x, y), ImVec2(gutter_max.x, y + line_h));
      if (ImGui::IsWindowHovered() && marker.Contains(io.MousePos) && !error_message_.empty())
        ImGui::SetTooltip("%s", error_message_.c_str());
    }
  }
  gdl->PopClipRect();

  ImGui::PopFont();
  ImGui::EndChild();
  ImGui::PopID();
  return run_requested;
}

}  // namespace gs::ui
