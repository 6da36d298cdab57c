// console.h — the program's output: stdout, stderr (in its own colour) and the app's notes.
//
// The text itself lives in model::ConsoleLog (capped, partial lines continued, unit-tested);
// this view draws only the visible lines, follows new output while the user is at the bottom
// (not once they scroll up), and lets the user select text with the mouse and copy it.
// Invariant: a selection always lies within the log's current lines (it is cleared when
// old lines are dropped or the log is cleared, which would shift or remove them).
#pragma once
#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/console_log.h"
#include "run/output.h"

namespace gs::ui {

class Console {
 public:
  // kind: 1 stdout, 2 stderr, 3 note; text has no '\n' (one entry is one coloured run of a
  // line; `end` says whether the line ends after it).
  using Entry = model::ConsoleLog::Entry;

  Console() = default;
  explicit Console(model::ConsoleLog::Limits limits) : log_(limits) {}

  void append(gs::run::Stream s, std::string_view text);
  void append_note(std::string_view text);  // the app's own notes, e.g. "exit status 1", dimmed
  void clear();
  std::string plain_text() const { return log_.plain_text(); }  // all text as shown
  const std::vector<Entry>& entries() const { return log_.entries(); }
  const model::ConsoleLog& log() const { return log_; }

  // The mouse selection's text ("" if none).
  std::string selected_text() const;
  bool has_selection() const { return has_selection_; }

  // True while the view follows new output (the user is at the bottom), as of the last frame.
  bool following_output() const { return following_; }

  // Toolbar (Clear, Copy) and the output below it.
  void draw(const char* id, ImVec2 size);

 private:
  struct TextPos {
    std::size_t line = 0, byte = 0;
    bool operator==(const TextPos&) const = default;
    bool operator<(const TextPos& o) const { return line != o.line ? line < o.line : byte < o.byte; }
  };
  void draw_output(float font_size);
  TextPos hit_test(ImVec2 mouse, ImVec2 origin, float line_h, float font_size) const;
  void clear_selection() { has_selection_ = selecting_ = false; }

  model::ConsoleLog log_;
  unsigned long long drawn_revision_ = 0;     // the log revision last drawn
  std::size_t selection_dropped_ = 0;         // log_.dropped_lines() when the selection was made
  TextPos anchor_, head_;
  bool has_selection_ = false;
  bool selecting_ = false;  // mouse button held after a press in the output
  double copied_at_ = -10;
  bool following_ = true;
  float drawn_content_h_ = 0;  // height of the text area submitted last frame  // when "Copy" was last pressed (for a moment's feedback)
};

}  // namespace gs::ui
