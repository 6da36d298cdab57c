// scanner.h — Go's lexer with automatic semicolon insertion (the role of Go's
// cmd/compile/internal/syntax/scanner.go and source.go).
// Invariant: after next(), tok/pos/lit/kind/op/prec describe the current token; pos is the
// 1-based (line, byte column) of its first byte. A newline or EOF after a token that may end
// a statement (identifier, literal, break/continue/fallthrough/return, ++, --, ), ], })
// becomes a Semi token whose lit is "newline" or "EOF"; an explicit ';' has lit "semicolon".
// Lexical errors go to the error callback with Go's exact wording and position.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "source.h"
#include "token.h"

namespace gs::lang {

class Scanner {
 public:
  using ErrorFn = std::function<void(Pos, std::string)>;

  // src must outlive the scanner (token literals are views into it).
  Scanner(std::string_view src, ErrorFn on_error);

  void next();

  // Current token.
  Tok tok = Tok::None;
  Pos pos;
  std::string_view lit;  // Name: the identifier; Literal: its source text; Semi: "semicolon"/"newline"/"EOF"
  bool bad = false;      // Literal: it had a lexical error
  LitKind kind = LitKind::Int;
  Op op = Op::None;      // Operator, Star, AssignOp, IncOp
  int prec = 0;          // binary precedence for Operator/Star

  // Unicode classification used for identifiers (exposed for tests).
  static bool is_unicode_letter(char32_t r);
  static bool is_unicode_digit(char32_t r);
  static bool is_unicode_printable(char32_t r);
  // Go's %#U ("U+0041 'A'") and %q of a rune ('a', '\n', '\x00').
  static std::string format_rune_U(char32_t r);
  static std::string quote_rune(char32_t r);

 private:
  // Reading characters.
  void nextch();
  Pos chpos() const { return Pos{line_ + 1, col_ + 1}; }
  void error_here(std::string msg);                // at the current character
  void error_at_token(int offset, std::string msg);  // at token start + byte offset
  void start() { seg_ = r_ - chw_; }
  std::string_view segment() const { return src_.substr(seg_, r_ - chw_ - seg_); }

  // Token kinds.
  void ident();
  bool at_ident_char(bool first);
  void number(bool seen_point);
  int digits(int base, int* invalid);
  void rune_lit();
  void std_string();
  void raw_string();
  void skip_line();
  bool skip_comment();
  bool escape(char32_t quote);
  void set_lit(LitKind k, bool ok);

  std::string_view src_;
  ErrorFn on_error_;
  size_t r_ = 0;      // index after the current character
  size_t seg_ = 0;    // start of the active segment
  int chw_ = 0;       // width of ch_
  char32_t ch_ = ' '; // current character; kEof at end
  int line_ = 0, col_ = 0;  // 0-based position of ch_
  bool nlsemi_ = false;

  static constexpr char32_t kEof = 0xFFFFFFFF;
};

}  // namespace gs::lang
