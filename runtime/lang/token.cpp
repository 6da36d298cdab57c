// token.cpp — spellings of token kinds and operators, and keyword lookup.
// Invariant: the tables are indexed by the enum values declared in token.h, in order.
#include "token.h"

namespace gs::lang {

std::string_view token_name(Tok t) {
  static constexpr std::string_view kNames[] = {
      "none", "EOF", "name", "literal", "op", "op=", "opop", "=", ":=", "<-", "*",
      "(", "[", "{", ")", "]", "}", ",", ";", ":", ".", "...",
      "break", "case", "chan", "const", "continue", "default", "defer", "else",
      "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
      "package", "range", "return", "select", "struct", "switch", "type", "var"};
  static_assert(sizeof(kNames) / sizeof(kNames[0]) == static_cast<size_t>(Tok::Count));
  auto i = static_cast<size_t>(t);
  return i < static_cast<size_t>(Tok::Count) ? kNames[i] : std::string_view("?");
}

std::string_view op_name(Op op) {
  static constexpr std::string_view kNames[] = {"",  ":",  "!",  "<-", "~",  "||", "&&", "==", "!=",
                                                "<", "<=", ">",  ">=", "+",  "-",  "|",  "^",  "*",
                                                "/", "%",  "&",  "&^", "<<", ">>"};
  static_assert(sizeof(kNames) / sizeof(kNames[0]) == static_cast<size_t>(Op::Shr) + 1);
  return kNames[static_cast<size_t>(op)];
}

Tok keyword_token(std::string_view s) {
  if (s.size() < 2 || s.size() > 11 || s[0] < 'b' || s[0] > 'v') return Tok::Name;
  for (unsigned t = static_cast<unsigned>(Tok::Break); t <= static_cast<unsigned>(Tok::Var); ++t) {
    if (token_name(static_cast<Tok>(t)) == s) return static_cast<Tok>(t);
  }
  return Tok::Name;
}

}  // namespace gs::lang
