// go_highlight.h — Go syntax colouring and Go-aware indentation for the code editor (no ImGui).
//
// highlight_go_line splits one line of Go source into coloured spans. The lexer state
// (inside a /* */ comment, inside a `raw string`) is carried from line to line, so a
// whole file is coloured by calling it on each line in order with one GoLexState.
// Invariant: the spans of a line are sorted, never overlap, lie within [0, line.size()),
// and every byte that is not whitespace is covered by exactly one span.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gs::ui::model {

enum class GoToken {
  Plain,    // identifiers
  Keyword,  // break, func, range, ...
  Type,     // predeclared types: int, string, error, any, ...
  Builtin,  // predeclared functions and constants: len, append, nil, true, iota, ...
  String,   // "interpreted", `raw` (may span lines)
  Rune,     // 'x', '\n', '\''
  Number,   // 42, 0x1F, 1_000, 1e9, .5, 0x1p-2, 3i
  Comment,  // // line and /* block */ (may span lines)
  Punct,    // operators and delimiters
};

struct GoSpan {
  int begin = 0, end = 0;  // byte offsets within the line, end exclusive
  GoToken kind = GoToken::Plain;
  bool operator==(const GoSpan&) const = default;
};

// What a line inherits from the lines before it.
struct GoLexState {
  bool in_block_comment = false;
  bool in_raw_string = false;
  bool operator==(const GoLexState&) const = default;
};

// Colours one line (without its '\n'; a trailing '\r' is treated as whitespace). `state`
// is the state at the start of the line on entry and at its end on return.
std::vector<GoSpan> highlight_go_line(std::string_view line, GoLexState& state);
// The same, appending the spans to `out` (no allocation per line when colouring a whole file).
void highlight_go_line(std::string_view line, GoLexState& state, std::vector<GoSpan>& out);

// Lexer classification of a whole identifier (exposed for tests and for the editor's tooltips).
GoToken classify_go_identifier(std::string_view word);

// --- Go-aware editing helpers -------------------------------------------------------------

// The indentation for a new line opened by pressing Enter after `line_before_cursor` (the
// text of the current line up to the cursor): the line's leading whitespace, plus one tab
// when the line's last code token opens a block ('{', '(' or '[').
std::string go_indent_for_new_line(std::string_view line_before_cursor);

// How many bytes of indentation to remove when a closing '}' , ')' or ']' is typed on a line
// that holds only whitespace before it (`indent`): one tab, or up to four spaces; 0 if
// `indent` holds anything but whitespace or is empty.
int go_dedent_bytes(std::string_view indent);

// Tab / Shift+Tab over lines: the text after the change and the selection to show.
struct LinesEdit {
  std::string text;
  std::size_t select_begin = 0, select_end = 0;  // byte offsets; equal = just a caret
};
// Indents every line the selection [select_begin, select_end) touches with one tab (a line the
// selection only reaches at its very start is not touched; empty lines stay empty). The new
// selection spans the touched lines whole.
LinesEdit indent_lines(std::string_view text, std::size_t select_begin, std::size_t select_end);
// Removes one level (a tab, or up to four spaces) from the start of every line the selection
// touches. With a caret only, that is the caret's line and the caret moves with its text.
LinesEdit outdent_lines(std::string_view text, std::size_t select_begin, std::size_t select_end);

}  // namespace gs::ui::model
