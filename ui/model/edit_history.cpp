// edit_history.cpp — undo/redo steps as replacements, with typing coalesced into words.
#include "model/edit_history.h"

#include <algorithm>

namespace gs::ui::model {
namespace {

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

// True if `s` is exactly one UTF-8 code point (what one keystroke types).
bool is_one_code_point(std::string_view s) {
  if (s.empty()) return false;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
  return s.size() == len;
}

bool has_newline(std::string_view s) { return s.find('\n') != std::string_view::npos; }

}  // namespace

TextChange diff_texts(std::string_view before, std::string_view after) {
  std::size_t prefix = 0;
  const std::size_t max_prefix = std::min(before.size(), after.size());
  while (prefix < max_prefix && before[prefix] == after[prefix]) ++prefix;
  std::size_t suffix = 0;
  const std::size_t max_suffix = max_prefix - prefix;
  while (suffix < max_suffix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) ++suffix;
  // Keep UTF-8 sequences whole: a change never begins or ends mid-character (the cursor is
  // placed at its edges). Widening the change keeps it correct.
  auto is_continuation = [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) == 0x80; };
  while (prefix > 0 && prefix < before.size() && is_continuation(before[prefix])) --prefix;
  while (suffix > 0 && is_continuation(before[before.size() - suffix])) --suffix;
  TextChange change;
  change.offset = prefix;
  change.removed = std::string(before.substr(prefix, before.size() - suffix - prefix));
  change.inserted = std::string(after.substr(prefix, after.size() - suffix - prefix));
  return change;
}

void EditHistory::reset() {
  undo_.clear();
  redo_.clear();
  bytes_ = 0;
  coalescing_open_ = false;
  last_record_time_ = 0;
}

bool EditHistory::record(std::string_view before, std::string_view after, std::size_t cursor_before, double now) {
  TextChange change = diff_texts(before, after);
  if (change.removed.empty() && change.inserted.empty()) return false;

  for (const Step& s : redo_) bytes_ -= step_bytes(s);
  redo_.clear();

  const bool recent = now - last_record_time_ < limits_.pause_seconds;
  if (!(coalescing_open_ && recent && try_coalesce(change, now))) {
    const bool typed = is_one_code_point(change.inserted);
    push_undo(Step{std::move(change), cursor_before, typed});
  }
  coalescing_open_ = true;
  last_record_time_ = now;
  enforce_limits();
  return true;
}

bool EditHistory::try_coalesce(const TextChange& change, double now) {
  if (undo_.empty()) return false;
  Step& prev = undo_.back();
  TextChange& p = prev.change;

  // Typing: one character inserted right after what the step inserted so far.
  if (prev.typed && change.removed.empty() && is_one_code_point(change.inserted) && !has_newline(change.inserted) &&
      !p.inserted.empty() && !has_newline(p.inserted) && change.offset == p.offset + p.inserted.size()) {
    const auto typed = static_cast<unsigned char>(change.inserted[0]);
    const auto last = static_cast<unsigned char>(p.inserted.back());
    if (is_word_byte(typed) && !is_word_byte(last)) return false;  // a new word starts a new step
    bytes_ += change.inserted.size();
    p.inserted += change.inserted;
    return true;
  }
  // Backspace: one character removed right before what the step removed so far.
  if (change.inserted.empty() && p.inserted.empty() && is_one_code_point(change.removed) &&
      !has_newline(change.removed) && !has_newline(p.removed) && change.offset + change.removed.size() == p.offset) {
    bytes_ += change.removed.size();
    p.removed.insert(0, change.removed);
    p.offset = change.offset;
    return true;
  }
  // Delete: one character removed right after the step's position.
  if (change.inserted.empty() && p.inserted.empty() && is_one_code_point(change.removed) &&
      !has_newline(change.removed) && !has_newline(p.removed) && change.offset == p.offset) {
    bytes_ += change.removed.size();
    p.removed += change.removed;
    return true;
  }
  return false;
}

void EditHistory::push_undo(Step step) {
  bytes_ += step_bytes(step);
  undo_.push_back(std::move(step));
}

void EditHistory::enforce_limits() {
  // Always keep the newest step, however large, so the last change can be undone.
  while (undo_.size() > 1 && (undo_.size() > limits_.max_steps || bytes_ > limits_.max_bytes)) {
    bytes_ -= step_bytes(undo_.front());
    undo_.pop_front();
  }
}

std::optional<CursorAfterUndo> EditHistory::undo(std::string& text) {
  coalescing_open_ = false;
  if (undo_.empty()) return std::nullopt;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  const TextChange& c = step.change;
  if (c.offset > text.size() || text.compare(c.offset, c.inserted.size(), c.inserted) != 0) {
    reset();  // the text was changed behind our back: never apply a stale step
    return std::nullopt;
  }
  text.replace(c.offset, c.inserted.size(), c.removed);
  const std::size_t cursor = std::clamp(step.cursor_before, c.offset, c.offset + c.removed.size());
  redo_.push_back(std::move(step));
  return CursorAfterUndo{cursor};
}

std::optional<CursorAfterUndo> EditHistory::redo(std::string& text) {
  coalescing_open_ = false;
  if (redo_.empty()) return std::nullopt;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  const TextChange& c = step.change;
  if (c.offset > text.size() || text.compare(c.offset, c.removed.size(), c.removed) != 0) {
    reset();
    return std::nullopt;
  }
  text.replace(c.offset, c.removed.size(), c.inserted);
  const std::size_t cursor = c.offset + c.inserted.size();
  undo_.push_back(std::move(step));
  return CursorAfterUndo{cursor};
}

}  // namespace gs::ui::model
