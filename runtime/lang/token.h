// token.h — the Go token kinds, operators and binary-operator precedences used by the
// scanner and parser (the role of Go's cmd/compile/internal/syntax/tokens.go).
// Invariant: Tok and Op values are dense and ordered as in Go's syntax package, so every
// Tok fits in a 64-bit set (see TokSet) and token_name/op_name cover every enumerator.
#pragma once

#include <cstdint>
#include <string_view>

namespace gs::lang {

enum class Tok : uint8_t {
  None,
  Eof,
  // names and literals
  Name,
  Literal,
  // operators
  Operator,  // any operator except '*' (see Op); includes unary-only ! and ~
  AssignOp,  // op=
  IncOp,     // ++ or --
  Assign,    // =
  Define,    // :=
  Arrow,     // <-
  Star,      // *
  // delimiters
  Lparen,
  Lbrack,
  Lbrace,
  Rparen,
  Rbrack,
  Rbrace,
  Comma,
  Semi,
  Colon,
  Dot,
  DotDotDot,
  // keywords (Break..Var are contiguous)
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
  Count
};

// A set of tokens, one bit per Tok.
using TokSet = uint64_t;
constexpr TokSet tok_bit(Tok t) { return TokSet{1} << static_cast<unsigned>(t); }
constexpr bool tok_in(TokSet set, Tok t) { return (set & tok_bit(t)) != 0; }
static_assert(static_cast<unsigned>(Tok::Count) <= 64, "tokens must fit a TokSet");

enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

enum class Op : uint8_t {
  None,
  Def,  // the ':' of ':='
  Not,
  Recv,
  Tilde,
  OrOr,
  AndAnd,
  Eql,
  Neq,
  Lss,
  Leq,
  Gtr,
  Geq,
  Add,
  Sub,
  Or,
  Xor,
  Mul,
  Div,
  Rem,
  And,
  AndNot,
  Shl,
  Shr,
};

// Binary operator precedences (0 = not a binary operator).
enum Prec : int { kPrecNone = 0, kPrecOrOr = 1, kPrecAndAnd = 2, kPrecCmp = 3, kPrecAdd = 4, kPrecMul = 5 };

// The text Go uses for a token kind in messages ("name", "literal", "op", "{", "if", ...).
std::string_view token_name(Tok t);
// The operator's spelling ("+", "&^", "<-", ...); "" for Op::None.
std::string_view op_name(Op op);
// The keyword token for an identifier spelling, or Tok::Name if it is not a keyword.
Tok keyword_token(std::string_view ident);

}  // namespace gs::lang
