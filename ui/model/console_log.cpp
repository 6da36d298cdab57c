// console_log.cpp — console text as lines of coloured runs, capped, with partial lines continued.
#include "model/console_log.h"

#include <algorithm>

namespace gs::ui::model {
namespace {

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t utf8_sequence_length(char lead) {
  const auto c = static_cast<unsigned char>(lead);
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;  // a stray byte: one at a time
}

}  // namespace

void ConsoleLog::append(ConsoleKind kind, std::string_view text) {
  if (text.empty()) return;
  const int k = static_cast<int>(kind);
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    append_piece(k, text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    end_line(k, End::Newline);
    text.remove_prefix(nl + 1);
  }
  ++revision_;
  drop_oldest_if_over_limits();
}

void ConsoleLog::append_note(std::string_view text) {
  const int k = static_cast<int>(ConsoleKind::Note);
  if (line_is_open()) end_line(entries_.back().kind, End::Newline);
  append(ConsoleKind::Note, text);
  if (line_is_open()) end_line(k, End::Newline);
}

void ConsoleLog::clear() {
  entries_.clear();
  line_starts_.clear();
  retained_bytes_ = 0;
  open_line_bytes_ = 0;
  dropped_lines_ = 0;
  has_drop_note_ = false;
  longest_line_bytes_ = 0;
  ++revision_;
}

void ConsoleLog::append_piece(int kind, std::string_view piece) {
  const std::size_t max_line = std::max<std::size_t>(limits_.max_line_bytes, 4);
  while (!piece.empty()) {
    if (line_is_open() && open_line_bytes_ >= max_line) {
      entries_.back().end = End::Wrap;
      open_line_bytes_ = 0;
    }
    std::size_t take = std::min(max_line - open_line_bytes_, piece.size());
    // Never split a UTF-8 sequence across display lines.
    while (take > 0 && take < piece.size() && is_utf8_continuation(piece[take])) --take;
    if (take == 0) {
      if (open_line_bytes_ > 0) {  // the next character does not fit: wrap first
        entries_.back().end = End::Wrap;
        open_line_bytes_ = 0;
        continue;
      }
      take = std::min(utf8_sequence_length(piece[0]), piece.size());
    }
    if (line_is_open() && entries_.back().kind == kind) {
      entries_.back().text.append(piece.data(), take);
    } else {
      if (!line_is_open()) line_starts_.push_back(entries_.size());
      entries_.push_back(Entry{kind, std::string(piece.substr(0, take)), End::Open});
    }
    open_line_bytes_ += take;
    retained_bytes_ += take;
    longest_line_bytes_ = std::max(longest_line_bytes_, open_line_bytes_);
    piece.remove_prefix(take);
  }
}

void ConsoleLog::end_line(int kind, End how) {
  if (!line_is_open()) {  // an empty line: it still needs an entry to carry its end
    line_starts_.push_back(entries_.size());
    entries_.push_back(Entry{kind, std::string(), End::Open});
  }
  entries_.back().end = how;
  if (how == End::Newline) ++retained_bytes_;
  open_line_bytes_ = 0;
}

std::string ConsoleLog::line_text(std::size_t i) const {
  std::string out;
  for (std::size_t e = line_first_entry(i); e < line_end_entry(i); ++e) out += entries_[e].text;
  return out;
}

std::string ConsoleLog::plain_text() const {
  std::string out;
  out.reserve(retained_bytes_ + (has_drop_note_ ? entries_.front().text.size() + 1 : 0));
  for (const Entry& e : entries_) {
    out += e.text;
    if (e.end == End::Newline) out += '\n';
  }
  return out;
}

std::string ConsoleLog::text_range(std::size_t first_line, std::size_t first_byte, std::size_t last_line,
                                   std::size_t end_byte) const {
  std::string out;
  if (line_starts_.empty()) return out;
  last_line = std::min(last_line, line_starts_.size() - 1);
  for (std::size_t l = first_line; l <= last_line; ++l) {
    const std::string s = line_text(l);
    const std::size_t b = l == first_line ? std::min(first_byte, s.size()) : 0;
    const std::size_t e = l == last_line ? std::min(end_byte, s.size()) : s.size();
    if (e > b) out.append(s, b, e - b);
    if (l != last_line && entries_[line_end_entry(l) - 1].end == End::Newline) out += '\n';
  }
  return out;
}

void ConsoleLog::drop_oldest_if_over_limits() {
  if (retained_bytes_ <= limits_.max_bytes && line_starts_.size() <= limits_.max_lines) return;
  // Drop down to three quarters of each limit, so dropping happens rarely (it moves every entry).
  const std::size_t byte_target = limits_.max_bytes / 4 * 3;
  const std::size_t line_target = limits_.max_lines / 4 * 3;
  const std::size_t first_line = has_drop_note_ ? 1 : 0;
  std::size_t line = first_line;
  std::size_t bytes = retained_bytes_;
  // Keep at least the last line (it may be open and being written to).
  while (line + 1 < line_starts_.size() &&
         (bytes > byte_target || line_starts_.size() - (line - first_line) > line_target)) {
    for (std::size_t e = line_starts_[line]; e < line_starts_[line + 1]; ++e) bytes -= entry_bytes(entries_[e]);
    ++line;
  }
  const std::size_t lines_dropped = line - first_line;
  if (lines_dropped == 0) return;
  const std::size_t first_entry = line_starts_[first_line];
  const std::size_t entries_dropped = line_starts_[line] - first_entry;
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(first_entry),
                 entries_.begin() + static_cast<std::ptrdiff_t>(first_entry + entries_dropped));
  line_starts_.erase(line_starts_.begin() + static_cast<std::ptrdiff_t>(first_line),
                     line_starts_.begin() + static_cast<std::ptrdiff_t>(line));
  for (std::size_t l = first_line; l < line_starts_.size(); ++l) line_starts_[l] -= entries_dropped;
  retained_bytes_ = bytes;
  dropped_lines_ += lines_dropped;

  // ASCII dots: the fonts may be loaded without U+2026.
  std::string note = "... " + std::to_string(dropped_lines_) + (dropped_lines_ == 1 ? " earlier line" : " earlier lines") +
                     " dropped (the console keeps the last " + std::to_string(limits_.max_bytes / 1024) + " KiB)";
  if (has_drop_note_) {
    entries_.front().text = std::move(note);
  } else {
    entries_.insert(entries_.begin(), Entry{static_cast<int>(ConsoleKind::Note), std::move(note), End::Newline});
    for (std::size_t& s : line_starts_) ++s;
    line_starts_.insert(line_starts_.begin(), 0);
    has_drop_note_ = true;
  }
}

}  // namespace gs::ui::model
