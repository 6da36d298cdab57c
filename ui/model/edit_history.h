// edit_history.h — the code editor's own undo/redo stack (no ImGui).
//
// ImGui's InputText forgets its undo stack when it loses focus, so the editor records every
// change here instead. A change is stored as one replacement (offset, removed, inserted),
// found by diffing the text before and after, so a 2,000-line file costs only what changed.
// Typing coalesces into word-sized steps: characters typed one after another join the
// current step until a word ends, a line ends, the cursor jumps, or the user pauses.
// Invariant: undoing the steps in order from the newest turns the current text back into
// the text given to reset(); redo replays exactly what undo took back. Offsets are bytes.
#pragma once
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

namespace gs::ui::model {

// One replacement: at byte `offset`, `removed` was replaced by `inserted`.
struct TextChange {
  std::size_t offset = 0;
  std::string removed;
  std::string inserted;
};

// The smallest single replacement that turns `before` into `after` (common prefix and suffix
// stripped). Empty removed/inserted if the texts are equal.
TextChange diff_texts(std::string_view before, std::string_view after);

// Where to put the cursor (and select) after an undo or redo.
struct CursorAfterUndo {
  std::size_t cursor = 0;
};

class EditHistory {
 public:
  struct Limits {
    std::size_t max_steps = 1000;
    std::size_t max_bytes = 8u << 20;  // removed + inserted text kept across all steps
    double pause_seconds = 1.5;        // a pause this long starts a new step
  };

  EditHistory() = default;
  explicit EditHistory(Limits limits) : limits_(limits) {}

  // Forgets everything (a new document).
  void reset();

  // Records that the text changed from `before` to `after`, `now` in seconds (any monotonic
  // clock). `cursor_before` is where the cursor was before the change, so undo can put it back.
  // Returns false (records nothing) if the texts are equal.
  bool record(std::string_view before, std::string_view after, std::size_t cursor_before, double now);

  // The next change starts a new step (the cursor moved, the editor lost focus, a run started).
  void break_coalescing() { coalescing_open_ = false; }

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  std::size_t undo_steps() const { return undo_.size(); }
  std::size_t redo_steps() const { return redo_.size(); }

  // Applies the newest step backwards to `text` (which must be the current text). Returns the
  // cursor position to show, or nothing if there is nothing to undo or `text` does not match
  // the history (then nothing changes and the history is cleared, so it can never corrupt text).
  std::optional<CursorAfterUndo> undo(std::string& text);
  std::optional<CursorAfterUndo> redo(std::string& text);

 private:
  struct Step {
    TextChange change;
    std::size_t cursor_before = 0;
    bool typed = false;  // began as one keystroke's character: more typing may join it
  };
  static std::size_t step_bytes(const Step& s) { return s.change.removed.size() + s.change.inserted.size(); }
  bool try_coalesce(const TextChange& change, double now);
  void push_undo(Step step);
  void enforce_limits();

  Limits limits_;
  std::deque<Step> undo_;
  std::deque<Step> redo_;
  std::size_t bytes_ = 0;  // over undo_ and redo_
  bool coalescing_open_ = false;
  double last_record_time_ = 0;
};

}  // namespace gs::ui::model
