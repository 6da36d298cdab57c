// editor.h — the Go code editor: a multi-line ImGui text editor with Go colouring, line numbers,
// a compile-error marker, gutter marks (the Compiler view's escape decisions), its own
// undo/redo, Go indentation, and Ctrl/Cmd+Enter to run.
//
// How it is built on ImGui 1.86: an InputTextMultiline does the editing (caret movement,
// selection, clipboard, IME) but draws its text transparent; it is sized to the whole text so
// it never scrolls itself, inside our own scrolling child, and we draw the coloured text, the
// caret, the gutter and the error marker at the very positions it uses (same font, same line
// height = font size, tabs = the font's tab glyph, 4 spaces wide).
// Invariants: text() is what the user sees; shadow_ equals the text as the undo history last
// saw it, so every change goes through the history exactly once; the line cache describes
// text() whenever lines_revision_ == revision_.
#pragma once
#include <imgui.h>

#include <cstddef>
#include <string>
#include <vector>

#include "model/edit_history.h"
#include "model/go_highlight.h"

struct ImGuiInputTextCallbackData;

namespace gs::ui {

class CodeEditor {
 public:
  CodeEditor();

  // Replaces the buffer: clears undo history and the error; edited() becomes false.
  void set_text(std::string text);
  // Replaces the buffer as an edit of the user's (undoable; edited() if it differs from the
  // text given to set_text). Used for code loaded from a draft, a share link or a lesson block.
  void replace_all(std::string text);
  const std::string& text() const { return text_; }
  // True while the text differs from the one given to set_text (undoing back to it clears it).
  bool edited() const { return edited_; }
  // Bumped on every change of text().
  unsigned long long revision() const { return revision_; }

  // Marks a compile error's line (1-based; 0 clears) with a gutter marker, a tinted line, a
  // squiggle at `col` (1-based byte column, as Go reports it) and the message at the end of the
  // line and as a tooltip. The view scrolls to the line if it is off-screen.
  void set_error(int line, int col, std::string message);
  int error_line() const { return error_line_; }
  int error_col() const { return error_col_; }
  const std::string& error_message() const { return error_message_; }

  // Gutter marks: a coloured mark beside each marked line (1-based), its messages as a
  // tooltip and, with inline on, the first one dimmed at the line's end. Several marks on
  // one line show the most severe tone. `revision` is the text revision the marks describe:
  // while the text has moved on they are drawn faded (lines may have shifted).
  enum class MarkTone { Good, Warn, Bad };
  struct GutterMark {
    int line = 0;
    MarkTone tone = MarkTone::Good;
    std::string message;
  };
  void set_gutter_marks(std::vector<GutterMark> marks, unsigned long long revision, bool inline_text);
  void clear_gutter_marks() { set_gutter_marks({}, 0, false); }
  std::size_t gutter_mark_lines() const { return marks_.size(); }

  // Programmatic undo/redo (toolbar, test interface). Return false if there is nothing to do.
  bool undo();
  bool redo();
  bool can_undo() const { return history_.can_undo(); }
  bool can_redo() const { return history_.can_redo(); }

  // Draws the editor in a child region of `size` (0,0 = all available). Returns true on the
  // frame the user pressed Ctrl+Enter (or Cmd+Enter) in it: a run request.
  bool draw(const char* id, ImVec2 size);

  // The caret, 1-based: line, and column in bytes (as Go's compiler counts columns).
  int cursor_line() const;
  int cursor_col() const;
  // The caret as a byte offset into text().
  std::size_t cursor() const { return cursor_; }
  // True while the text widget has keyboard focus.
  bool active() const { return widget_active_; }
  // Where the character at byte `offset` was drawn last frame (top-left of its cell, screen
  // coordinates), for tests that click on real text. Line height = the mono font's size.
  ImVec2 screen_pos_of(std::size_t offset) const;
  float line_height() const { return lines_font_size_; }

 private:
  enum class KeyAction { None, Undo, Redo, IndentLines, OutdentLines };
  struct Line {
    std::size_t start = 0, length = 0;  // bytes within text_, without the '\n'
    std::size_t first_span = 0, span_count = 0;
    float width = 0;                    // pixels at the font size of the last rebuild
  };

  static int input_callback(ImGuiInputTextCallbackData* data);
  int on_input_callback(ImGuiInputTextCallbackData* data);
  void replace_widget_text(ImGuiInputTextCallbackData* data, const std::string& text, std::size_t cursor,
                           std::size_t select_begin, std::size_t select_end);
  void apply_auto_indent(ImGuiInputTextCallbackData* data, const model::TextChange& change);

  // After text_ changed outside the widget: history is already updated by the caller.
  void text_changed_programmatically(std::size_t cursor);
  void note_text_changed();
  void rebuild_lines(float font_size);
  std::size_t line_of_offset(std::size_t offset) const;

  std::string text_;
  std::string baseline_;  // the text given to set_text
  std::string shadow_;    // the text as the history last recorded it
  model::EditHistory history_;
  bool edited_ = false;
  unsigned long long revision_ = 1;

  // The widget's state as of its last callback.
  std::size_t cursor_ = 0, select_begin_ = 0, select_end_ = 0;
  bool widget_active_ = false;
  unsigned input_id_ = 0;  // ImGuiID of the InputText
  // Requests to carry into the widget's next callback (it owns the text while active).
  bool push_text_to_widget_ = false;
  KeyAction key_action_ = KeyAction::None;
  bool enter_pressed_ = false;   // plain Enter this frame (auto-indent)
  bool caret_moved_ = false;     // this frame: keep the caret in view
  double caret_blink_start_ = 0;
  double now_ = 0;               // ImGui time of the current frame

  // The error marker.
  int error_line_ = 0, error_col_ = 0;
  std::string error_message_;
  bool scroll_to_error_ = false;

  // Gutter marks, merged per line (sorted by line).
  struct LineMarks {
    int line = 0;
    MarkTone tone = MarkTone::Good;
    std::string text;  // the messages, one a line
    int count = 0;
  };
  std::vector<LineMarks> marks_;
  unsigned long long marks_revision_ = 0;
  bool marks_inline_ = false;
  const LineMarks* marks_for_line(int line) const;

  // Per-line layout and colouring, rebuilt when the text or the font size changes.
  std::vector<Line> lines_;
  std::vector<model::GoSpan> spans_;
  unsigned long long lines_revision_ = 0;
  float lines_font_size_ = 0;
  float widest_line_ = 0;
  ImVec2 text_origin_{0, 0};  // screen position of line 1, column 1 last frame
};

}  // namespace gs::ui
