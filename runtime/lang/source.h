// source.h — source positions as Go's compiler reports them.
// Invariant: line and col are 1-based; col counts bytes (not runes) from the start of the
// line, so a tab or a multi-byte UTF-8 character advances it by its byte width.
// A zero line means "unknown position".
#pragma once

namespace gs::lang {

struct Pos {
  int line = 0;
  int col = 0;
  bool known() const { return line > 0; }
  friend bool operator==(const Pos& a, const Pos& b) { return a.line == b.line && a.col == b.col; }
  friend bool operator!=(const Pos& a, const Pos& b) { return !(a == b); }
  friend bool operator<(const Pos& a, const Pos& b) {
    return a.line != b.line ? a.line < b.line : a.col < b.col;
  }
};

}  // namespace gs::lang
