// go_highlight.cpp — a line-at-a-time Go lexer for colouring, and Go-aware indentation
// (Enter, closing brackets, Tab/Shift+Tab over lines).
//
// It follows the Go spec's lexical grammar closely enough that what it colours as a string,
// rune, number or comment is one in Go; it never rejects input (an unterminated string is
// coloured to the end of its line, as an editor should while the user types it).
#include "model/go_highlight.h"

#include <algorithm>
#include <array>

namespace gs::ui::model {
namespace {

constexpr std::array<std::string_view, 25> kKeywords = {
    "break",  "case",   "chan",   "const", "continue", "default",     "defer",
    "else",   "fallthrough",      "for",   "func",     "go",          "goto",
    "if",     "import", "interface",       "map",      "package",     "range",
    "return", "select", "struct", "switch", "type",    "var"};

constexpr std::array<std::string_view, 22> kTypes = {
    "any",     "bool",    "byte",   "comparable", "complex64", "complex128",
    "error",   "float32", "float64", "int",       "int8",      "int16",
    "int32",   "int64",   "rune",   "string",     "uint",      "uint8",
    "uint16",  "uint32",  "uint64", "uintptr"};

constexpr std::array<std::string_view, 22> kBuiltins = {
    // constants and the zero value
    "true", "false", "iota", "nil",
    // functions
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
    "max", "min", "new", "panic", "print", "println", "real", "recover"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_decimal_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(unsigned char c) {
  return is_decimal_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// Go identifiers may use any Unicode letter; every byte of a multi-byte UTF-8 sequence is >= 0x80.
bool is_ident_start(unsigned char c) { return is_ascii_letter(c) || c == '_' || c >= 0x80; }
bool is_ident_part(unsigned char c) { return is_ident_start(c) || is_decimal_digit(c); }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_punct(unsigned char c) {
  switch (c) {
    case '+': case '-': case '*': case '/': case '%': case '&': case '|': case '^':
    case '<': case '>': case '=': case '!': case ':': case '.': case ',': case ';':
    case '(': case ')': case '[': case ']': case '{': case '}': case '~':
      return true;
    default:
      return false;
  }
}

// Scans a Go number literal starting at i (a digit, or '.' followed by a digit); returns its end.
std::size_t scan_number(std::string_view s, std::size_t i) {
  const std::size_t n = s.size();
  auto at = [&](std::size_t k) -> unsigned char { return k < n ? static_cast<unsigned char>(s[k]) : 0; };
  auto digits = [&](std::size_t k, bool (*is_digit)(unsigned char)) {
    while (k < n && (is_digit(at(k)) || at(k) == '_')) ++k;
    return k;
  };
  auto exponent = [&](std::size_t k) {  // after 'e'/'p': optional sign, decimal digits
    ++k;
    if (at(k) == '+' || at(k) == '-') ++k;
    return digits(k, is_decimal_digit);
  };

  if (at(i) == '0' && (at(i + 1) == 'x' || at(i + 1) == 'X')) {
    i = digits(i + 2, is_hex_digit);
    if (at(i) == '.') i = digits(i + 1, is_hex_digit);
    if (at(i) == 'p' || at(i) == 'P') i = exponent(i);
  } else if (at(i) == '0' && (at(i + 1) == 'b' || at(i + 1) == 'B' || at(i + 1) == 'o' || at(i + 1) == 'O')) {
    // Binary and octal digits are checked loosely (a typo like 0b12 still reads as one number).
    i = digits(i + 2, is_decimal_digit);
  } else {
    i = digits(i, is_decimal_digit);
    if (at(i) == '.' && at(i + 1) != '.') i = digits(i + 1, is_decimal_digit);
    if (at(i) == 'e' || at(i) == 'E') i = exponent(i);
  }
  if (at(i) == 'i') ++i;  // imaginary
  return i;
}

// Scans a quoted literal ("..." or '...') from its opening quote; returns the end (after the
// closing quote, or the line's end if unterminated). A backslash escapes the next byte.
std::size_t scan_quoted(std::string_view s, std::size_t i, char quote) {
  ++i;
  while (i < s.size()) {
    if (s[i] == '\\') {
      i += 2;
      continue;
    }
    if (s[i] == quote) return i + 1;
    ++i;
  }
  return s.size();
}

// `first` is where this line's spans start in `spans` (spans of earlier lines come before).
void add_span(std::vector<GoSpan>& spans, std::size_t first, std::size_t begin, std::size_t end, GoToken kind) {
  if (end <= begin) return;
  // Adjacent operators read as one token (":=", "...", "){") — fewer spans to draw.
  if (kind == GoToken::Punct && spans.size() > first && spans.back().kind == GoToken::Punct &&
      spans.back().end == static_cast<int>(begin)) {
    spans.back().end = static_cast<int>(end);
    return;
  }
  spans.push_back({static_cast<int>(begin), static_cast<int>(end), kind});
}

}  // namespace

GoToken classify_go_identifier(std::string_view word) {
  if (contains(kKeywords, word)) return GoToken::Keyword;
  if (contains(kTypes, word)) return GoToken::Type;
  if (contains(kBuiltins, word)) return GoToken::Builtin;
  return GoToken::Plain;
}

std::vector<GoSpan> highlight_go_line(std::string_view line, GoLexState& state) {
  std::vector<GoSpan> spans;
  highlight_go_line(line, state, spans);
  return spans;
}

void highlight_go_line(std::string_view line, GoLexState& state, std::vector<GoSpan>& spans) {
  const std::size_t first = spans.size();
  const std::size_t n = line.size();
  std::size_t i = 0;

  // Continue what the previous line left open.
  if (state.in_block_comment) {
    const std::size_t close = line.find("*/");
    const std::size_t end = close == std::string_view::npos ? n : close + 2;
    add_span(spans, first, 0, end, GoToken::Comment);
    state.in_block_comment = close == std::string_view::npos;
    i = end;
  } else if (state.in_raw_string) {
    const std::size_t close = line.find('`');
    const std::size_t end = close == std::string_view::npos ? n : close + 1;
    add_span(spans, first, 0, end, GoToken::String);
    state.in_raw_string = close == std::string_view::npos;
    i = end;
  }

  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    const unsigned char next = i + 1 < n ? static_cast<unsigned char>(line[i + 1]) : 0;
    if (is_space(c)) {
      ++i;
    } else if (c == '/' && next == '/') {
      add_span(spans, first, i, n, GoToken::Comment);
      i = n;
    } else if (c == '/' && next == '*') {
      const std::size_t close = line.find("*/", i + 2);
      const std::size_t end = close == std::string_view::npos ? n : close + 2;
      add_span(spans, first, i, end, GoToken::Comment);
      state.in_block_comment = close == std::string_view::npos;
      i = end;
    } else if (c == '`') {
      const std::size_t close = line.find('`', i + 1);
      const std::size_t end = close == std::string_view::npos ? n : close + 1;
      add_span(spans, first, i, end, GoToken::String);
      state.in_raw_string = close == std::string_view::npos;
      i = end;
    } else if (c == '"') {
      const std::size_t end = scan_quoted(line, i, '"');
      add_span(spans, first, i, end, GoToken::String);
      i = end;
    } else if (c == '\'') {
      const std::size_t end = scan_quoted(line, i, '\'');
      add_span(spans, first, i, end, GoToken::Rune);
      i = end;
    } else if (is_decimal_digit(c) || (c == '.' && is_decimal_digit(next))) {
      const std::size_t end = scan_number(line, i);
      add_span(spans, first, i, end, GoToken::Number);
      i = end;
    } else if (is_ident_start(c)) {
      std::size_t end = i + 1;
      while (end < n && is_ident_part(static_cast<unsigned char>(line[end]))) ++end;
      add_span(spans, first, i, end, classify_go_identifier(line.substr(i, end - i)));
      i = end;
    } else if (is_punct(c)) {
      add_span(spans, first, i, i + 1, GoToken::Punct);
      ++i;
    } else {
      add_span(spans, first, i, i + 1, GoToken::Plain);  // '#', '$', '?', '@', '\\': not Go, shown as typed
      ++i;
    }
  }
}

std::string go_indent_for_new_line(std::string_view line_before_cursor) {
  std::size_t lead = 0;
  while (lead < line_before_cursor.size() && (line_before_cursor[lead] == ' ' || line_before_cursor[lead] == '\t'))
    ++lead;
  std::string indent(line_before_cursor.substr(0, lead));

  GoLexState state;
  const std::vector<GoSpan> spans = highlight_go_line(line_before_cursor, state);
  // The last token that is code, not a comment.
  for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
    if (it->kind == GoToken::Comment) continue;
    if (it->kind == GoToken::Punct) {
      const char last = line_before_cursor[static_cast<std::size_t>(it->end) - 1];
      if (last == '{' || last == '(' || last == '[') indent += '\t';
    }
    break;
  }
  return indent;
}

int go_dedent_bytes(std::string_view indent) {
  if (indent.empty()) return 0;
  for (char ch : indent)
    if (ch != ' ' && ch != '\t') return 0;
  if (indent.back() == '\t') return 1;
  int spaces = 0;
  for (auto it = indent.rbegin(); it != indent.rend() && *it == ' ' && spaces < 4; ++it) ++spaces;
  return spaces;
}

namespace {

// The lines [first, last] (as start offsets) that a selection touches.
std::vector<std::size_t> touched_line_starts(std::string_view text, std::size_t begin, std::size_t end) {
  begin = std::min(begin, text.size());
  end = std::min(end, text.size());
  if (end < begin) std::swap(begin, end);
  auto line_start = [&](std::size_t at) {
    const std::size_t nl = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
  };
  // A selection ending at the start of a line does not touch that line.
  std::size_t last_pos = end;
  if (end > begin && line_start(end) == end) last_pos = end - 1;
  std::vector<std::size_t> starts;
  for (std::size_t s = line_start(begin);;) {
    starts.push_back(s);
    const std::size_t nl = text.find('\n', s);
    if (nl == std::string_view::npos || nl >= last_pos) break;
    s = nl + 1;
  }
  return starts;
}

std::size_t line_end_at(std::string_view text, std::size_t start) {
  const std::size_t nl = text.find('\n', start);
  return nl == std::string_view::npos ? text.size() : nl;
}

}  // namespace

LinesEdit indent_lines(std::string_view text, std::size_t select_begin, std::size_t select_end) {
  const std::vector<std::size_t> starts = touched_line_starts(text, select_begin, select_end);
  LinesEdit out;
  out.text.reserve(text.size() + starts.size());
  std::size_t copied = 0, added = 0, first = 0, last_end = 0;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t s = starts[i];
    out.text.append(text.substr(copied, s - copied));
    copied = s;
    const bool empty = line_end_at(text, s) == s;
    if (i == 0) first = s + added;
    if (!empty) {
      out.text += '\t';
      ++added;
    }
    last_end = line_end_at(text, s) + added;
  }
  out.text.append(text.substr(copied));
  if (select_begin == select_end) {  // a caret: it moves with its text
    const std::size_t caret = std::min(select_begin, text.size());
    out.select_begin = out.select_end = caret + added;
  } else {
    out.select_begin = first;
    out.select_end = last_end;
  }
  return out;
}

LinesEdit outdent_lines(std::string_view text, std::size_t select_begin, std::size_t select_end) {
  const std::vector<std::size_t> starts = touched_line_starts(text, select_begin, select_end);
  LinesEdit out;
  out.text.reserve(text.size());
  std::size_t copied = 0, removed = 0, first = 0, last_end = 0, caret_removed = 0;
  const std::size_t caret = std::min(select_begin, text.size());
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t s = starts[i];
    out.text.append(text.substr(copied, s - copied));
    std::size_t cut = 0;
    if (s < text.size() && text[s] == '\t') {
      cut = 1;
    } else {
      while (cut < 4 && s + cut < text.size() && text[s + cut] == ' ') ++cut;
    }
    copied = s + cut;
    if (i == 0) {
      first = s - removed;
      caret_removed = std::min(cut, caret > s ? caret - s : 0);
    }
    removed += cut;
    last_end = line_end_at(text, s) - removed;
  }
  out.text.append(text.substr(copied));
  if (select_begin == select_end) {
    out.select_begin = out.select_end = caret - caret_removed;
  } else {
    out.select_begin = first;
    out.select_end = last_end;
  }
  return out;
}

}  // namespace gs::ui::model
