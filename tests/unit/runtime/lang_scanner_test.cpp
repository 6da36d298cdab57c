// lang_scanner_test.cpp — the Go scanner: token kinds, semicolon insertion, comments, BOM,
// byte-based positions and lexical error messages.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lang/scanner.h"

using gs::lang::LitKind;
using gs::lang::Op;
using gs::lang::Pos;
using gs::lang::Scanner;
using gs::lang::Tok;

namespace {

struct Lexed {
  Tok tok;
  std::string lit;
  Pos pos;
  Op op;
};

struct ScanAll {
  std::vector<Lexed> toks;
  std::vector<std::string> errors;  // "line:col: msg"
};

ScanAll scan(std::string_view src) {
  ScanAll out;
  Scanner sc(src, [&](Pos p, std::string msg) {
    out.errors.push_back(std::to_string(p.line) + ":" + std::to_string(p.col) + ": " + msg);
  });
  for (int guard = 0; guard < 10000; ++guard) {
    sc.next();
    out.toks.push_back({sc.tok, std::string(sc.lit), sc.pos, sc.op});
    if (sc.tok == Tok::Eof) break;
  }
  return out;
}

std::vector<Tok> kinds(std::string_view src) {
  std::vector<Tok> k;
  for (auto& t : scan(src).toks) k.push_back(t.tok);
  return k;
}

}  // namespace

TEST_CASE("scanner: operators and delimiters") {
  auto r = scan("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , ; : .");
  std::vector<std::pair<Tok, Op>> want = {
      {Tok::Operator, Op::Add}, {Tok::Operator, Op::Sub}, {Tok::Star, Op::Mul}, {Tok::Operator, Op::Div},
      {Tok::Operator, Op::Rem}, {Tok::Operator, Op::And}, {Tok::Operator, Op::Or}, {Tok::Operator, Op::Xor},
      {Tok::Operator, Op::Shl}, {Tok::Operator, Op::Shr}, {Tok::Operator, Op::AndNot},
      {Tok::AssignOp, Op::Add}, {Tok::AssignOp, Op::Sub}, {Tok::AssignOp, Op::Mul}, {Tok::AssignOp, Op::Div},
      {Tok::AssignOp, Op::Rem}, {Tok::AssignOp, Op::And}, {Tok::AssignOp, Op::Or}, {Tok::AssignOp, Op::Xor},
      {Tok::AssignOp, Op::Shl}, {Tok::AssignOp, Op::Shr}, {Tok::AssignOp, Op::AndNot},
      {Tok::Operator, Op::AndAnd}, {Tok::Operator, Op::OrOr}, {Tok::Arrow, Op::None}, {Tok::IncOp, Op::Add},
      {Tok::IncOp, Op::Sub}, {Tok::Operator, Op::Eql}, {Tok::Operator, Op::Lss}, {Tok::Operator, Op::Gtr},
      {Tok::Assign, Op::None}, {Tok::Operator, Op::Not}, {Tok::Operator, Op::Tilde}, {Tok::Operator, Op::Neq},
      {Tok::Operator, Op::Leq}, {Tok::Operator, Op::Geq}, {Tok::Define, Op::None}, {Tok::DotDotDot, Op::None},
      {Tok::Lparen, Op::None}, {Tok::Rparen, Op::None}, {Tok::Lbrack, Op::None}, {Tok::Rbrack, Op::None},
      {Tok::Lbrace, Op::None}, {Tok::Rbrace, Op::None}, {Tok::Comma, Op::None}, {Tok::Semi, Op::None},
      {Tok::Colon, Op::None}, {Tok::Dot, Op::None}};
  REQUIRE(r.toks.size() == want.size() + 1);
  for (size_t i = 0; i < want.size(); ++i) {
    INFO("token " << i);
    CHECK(r.toks[i].tok == want[i].first);
    if (want[i].second != Op::None) CHECK(r.toks[i].op == want[i].second);
  }
  CHECK(r.toks.back().tok == Tok::Eof);
  CHECK(r.errors.empty());
}

TEST_CASE("scanner: keywords and names") {
  const char* kws[] = {"break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
                       "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
                       "return", "select", "struct", "switch", "type", "var"};
  for (const char* kw : kws) {
    auto r = scan(kw);
    CHECK(gs::lang::token_name(r.toks[0].tok) == kw);
  }
  auto r = scan("breaks _x x9 größe");
  CHECK(r.toks[0].tok == Tok::Name);
  CHECK(r.toks[0].lit == "breaks");
  CHECK(r.toks[1].lit == "_x");
  CHECK(r.toks[2].lit == "x9");
  CHECK(r.toks[3].lit == "größe");
  CHECK(r.errors.empty());
}

TEST_CASE("scanner: literals") {
  auto r = scan("42 0x1F 0o17 0b101 017 1.5 .5 1e9 0x1p-2 3i 1_000 'a' '\\n' \"s\\t\" `raw\nx`");
  std::vector<LitKind> want = {LitKind::Int, LitKind::Int, LitKind::Int, LitKind::Int, LitKind::Int,
                               LitKind::Float, LitKind::Float, LitKind::Float, LitKind::Float, LitKind::Imag,
                               LitKind::Int, LitKind::Rune, LitKind::Rune, LitKind::String, LitKind::String};
  for (size_t i = 0; i < want.size(); ++i) {
    INFO("literal " << i);
    CHECK(r.toks[i].tok == Tok::Literal);
  }
  CHECK(r.toks[4].lit == "017");
  CHECK(r.toks[14].lit == "`raw\nx`");
  CHECK(r.errors.empty());
}

TEST_CASE("scanner: automatic semicolons") {
  // After names, literals, ) ] }, return/break/continue/fallthrough, ++ and --.
  CHECK(kinds("x\n") == std::vector<Tok>{Tok::Name, Tok::Semi, Tok::Eof});
  CHECK(kinds("1\n") == std::vector<Tok>{Tok::Literal, Tok::Semi, Tok::Eof});
  CHECK(kinds(")\n]\n}\n") == std::vector<Tok>{Tok::Rparen, Tok::Semi, Tok::Rbrack, Tok::Semi, Tok::Rbrace, Tok::Semi, Tok::Eof});
  CHECK(kinds("return\nbreak\ncontinue\nfallthrough\n") ==
        std::vector<Tok>{Tok::Return, Tok::Semi, Tok::Break, Tok::Semi, Tok::Continue, Tok::Semi, Tok::Fallthrough, Tok::Semi, Tok::Eof});
  CHECK(kinds("i++\ni--\n") == std::vector<Tok>{Tok::Name, Tok::IncOp, Tok::Semi, Tok::Name, Tok::IncOp, Tok::Semi, Tok::Eof});
  // Not after operators, '(' or keywords such as if/func.
  CHECK(kinds("x +\ny") == std::vector<Tok>{Tok::Name, Tok::Operator, Tok::Name, Tok::Semi, Tok::Eof});
  CHECK(kinds("if\n(\n") == std::vector<Tok>{Tok::If, Tok::Lparen, Tok::Eof});
  auto r = scan("x\n");
  CHECK(r.toks[1].lit == "newline");
  CHECK(r.toks[1].pos == Pos{1, 2});
  r = scan("x");
  CHECK(r.toks[1].tok == Tok::Semi);
  CHECK(r.toks[1].lit == "EOF");
  r = scan("x;");
  CHECK(r.toks[1].lit == "semicolon");
}

TEST_CASE("scanner: comments") {
  CHECK(kinds("x // c\ny") == std::vector<Tok>{Tok::Name, Tok::Semi, Tok::Name, Tok::Semi, Tok::Eof});
  // A block comment spanning lines acts as a newline; on one line it is nothing.
  CHECK(kinds("x /* a\nb */ y") == std::vector<Tok>{Tok::Name, Tok::Semi, Tok::Name, Tok::Semi, Tok::Eof});
  CHECK(kinds("x /* a */ y") == std::vector<Tok>{Tok::Name, Tok::Name, Tok::Semi, Tok::Eof});
  auto r = scan("x /* open");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "1:3: comment not terminated");
}

TEST_CASE("scanner: positions count bytes, tabs are one byte") {
  auto r = scan("\tab := \"é\" + c\n  π");
  CHECK(r.toks[0].pos == Pos{1, 2});   // ab
  CHECK(r.toks[1].pos == Pos{1, 5});   // :=
  CHECK(r.toks[2].pos == Pos{1, 8});   // "é" (3 bytes + quotes)
  CHECK(r.toks[3].pos == Pos{1, 13});  // + after a 2-byte é
  CHECK(r.toks[4].pos == Pos{1, 15});  // c
  CHECK(r.toks[6].pos == Pos{2, 3});   // π
}

TEST_CASE("scanner: byte order mark") {
  auto r = scan("\xEF\xBB\xBFx");
  CHECK(r.errors.empty());
  CHECK(r.toks[0].lit == "x");
  CHECK(r.toks[0].pos == Pos{1, 4});
  r = scan("x \xEF\xBB\xBF");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "1:3: invalid BOM in the middle of the file");
}

TEST_CASE("scanner: lexical errors use Go's wording") {
  auto first_error = [](std::string_view src) {
    auto r = scan(src);
    return r.errors.empty() ? std::string() : r.errors[0];
  };
  CHECK(first_error("0x") == "1:3: hexadecimal literal has no digits");
  CHECK(first_error("1e") == "1:3: exponent has no digits");
  CHECK(first_error("09") == "1:2: invalid digit '9' in octal literal");
  CHECK(first_error("0b12") == "1:4: invalid digit '2' in binary literal");
  CHECK(first_error("1__0") == "1:3: '_' must separate successive digits");
  CHECK(first_error("0x1.5") == "1:6: hexadecimal mantissa requires a 'p' exponent");
  CHECK(first_error("0b1e3") == "1:4: 'e' exponent requires decimal mantissa");
  CHECK(first_error("''") == "1:2: empty rune literal or unescaped '");
  CHECK(first_error("'ab'") == "1:1: more than one character in rune literal");
  CHECK(first_error("'a\n") == "1:3: newline in rune literal");
  CHECK(first_error("\"abc\n") == "1:5: newline in string");
  CHECK(first_error("\"abc") == "1:1: string not terminated");
  CHECK(first_error("`abc") == "1:1: string not terminated");
  CHECK(first_error("\"\\q\"") == "1:3: unknown escape");
  CHECK(first_error("\"\\400\"") == "1:6: octal escape value 256 > 255");
  CHECK(first_error("\"\\xZZ\"") == "1:4: invalid character 'Z' in hexadecimal escape");
  CHECK(first_error("\"\\uD800\"") == "1:8: escape is invalid Unicode code point U+D800");
  CHECK(first_error("a @ b") == "1:3: invalid character U+0040 '@'");
  CHECK(first_error("x\xE2\x80\x9C") == "1:2: invalid character U+201C '\xE2\x80\x9C' in identifier");
  CHECK(first_error(std::string_view("x := 1\0", 7)) == "1:7: invalid NUL character");
  CHECK(first_error("x\xFF") == "1:2: invalid UTF-8 encoding");
  CHECK(first_error("\xD9\xA1x") == "1:1: identifier cannot begin with digit U+0661 '\xD9\xA1'");
}

TEST_CASE("scanner: rune helpers") {
  CHECK(Scanner::quote_rune('a') == "'a'");
  CHECK(Scanner::quote_rune('\n') == "'\\n'");
  CHECK(Scanner::quote_rune(0) == "'\\x00'");
  CHECK(Scanner::quote_rune(0x200B) == "'\\u200b'");
  CHECK(Scanner::format_rune_U('A') == "U+0041 'A'");
  CHECK(Scanner::format_rune_U(0x7) == "U+0007");
  CHECK(Scanner::is_unicode_letter(0x4E16));
  CHECK(!Scanner::is_unicode_letter(0x201C));
  CHECK(Scanner::is_unicode_digit(0x0661));
}
