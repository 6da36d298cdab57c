// console_log.h — what the console shows: a program's stdout/stderr and the app's notes (no ImGui).
//
// Text arrives in chunks that need not end at a newline; a chunk without one leaves its line
// open, and the next chunk continues it. Entries are runs of one kind within one line, so a
// line where stdout and stderr meet keeps both colours. Retained text is capped (a runaway
// program must not exhaust memory): past the cap the oldest lines are dropped and the first
// entry becomes a note saying how many. Very long lines are wrapped into display lines so no
// single draw call holds an unbounded amount of text.
// Invariants: only the last line may be open (its last entry's end is Open); every other
// line's last entry ends it with Newline or Wrap; line_starts_[i] is the index of line i's
// first entry; retained_bytes_ is the size of plain_text() without the drop note.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gs::ui::model {

enum class ConsoleKind : int { Stdout = 1, Stderr = 2, Note = 3 };

class ConsoleLog {
 public:
  struct Limits {
    std::size_t max_bytes = 1u << 20;     // retained text, before the oldest lines are dropped
    std::size_t max_lines = 100000;       // display lines, likewise (a flood of empty lines)
    std::size_t max_line_bytes = 4096;    // longer lines wrap onto further display lines
  };

  // How an entry's line goes on after it.
  enum class End : unsigned char {
    Open,     // the line continues with the next entry (or with the next append)
    Newline,  // the program wrote '\n' here
    Wrap,     // the line was too long to show as one; it goes on on the next display line
  };

  struct Entry {
    int kind = 1;      // ConsoleKind as int: 1 stdout, 2 stderr, 3 note
    std::string text;  // never contains '\n'
    End end = End::Open;
  };

  ConsoleLog() = default;
  explicit ConsoleLog(Limits limits) : limits_(limits) {}

  void append(ConsoleKind kind, std::string_view text);
  // A note always sits on lines of its own (an open program line is ended first).
  void append_note(std::string_view text);
  void clear();

  const std::vector<Entry>& entries() const { return entries_; }
  // Display lines (wrapped lines count once per display line).
  std::size_t line_count() const { return line_starts_.size(); }
  // Entries [first, last) of display line i.
  std::size_t line_first_entry(std::size_t i) const { return line_starts_[i]; }
  std::size_t line_end_entry(std::size_t i) const {
    return i + 1 < line_starts_.size() ? line_starts_[i + 1] : entries_.size();
  }
  // The text of display line i (all its entries, no newline).
  std::string line_text(std::size_t i) const;
  // The longest display line in bytes (for the console's horizontal scroll extent).
  std::size_t longest_line_bytes() const { return longest_line_bytes_; }

  // All text as shown, lines separated by '\n' (wrapped lines are joined back), ending with
  // '\n' after every complete line; the drop note, if any, is its first line.
  std::string plain_text() const;
  // The text of display lines [first_line, last_line] from byte `first_byte` of the first to
  // byte `end_byte` (exclusive) of the last, joined like plain_text (for copying a selection).
  std::string text_range(std::size_t first_line, std::size_t first_byte, std::size_t last_line,
                         std::size_t end_byte) const;

  std::size_t retained_bytes() const { return retained_bytes_; }
  std::size_t dropped_lines() const { return dropped_lines_; }
  // Bumped on every change (views use it to notice new output).
  unsigned long long revision() const { return revision_; }

 private:
  bool line_is_open() const { return !entries_.empty() && entries_.back().end == End::Open; }
  static std::size_t entry_bytes(const Entry& e) { return e.text.size() + (e.end == End::Newline ? 1 : 0); }
  void append_piece(int kind, std::string_view piece);  // piece has no '\n'
  void end_line(int kind, End how);
  void drop_oldest_if_over_limits();

  Limits limits_;
  std::vector<Entry> entries_;
  std::vector<std::size_t> line_starts_;
  std::size_t retained_bytes_ = 0;
  std::size_t open_line_bytes_ = 0;  // text bytes of the open last line so far
  std::size_t dropped_lines_ = 0;   // lines dropped so far (the note at the top says so)
  bool has_drop_note_ = false;      // entries_[0] is the drop note
  std::size_t longest_line_bytes_ = 0;
  unsigned long long revision_ = 0;
};

}  // namespace gs::ui::model
