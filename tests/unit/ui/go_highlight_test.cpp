// go_highlight_test.cpp — the Go colouring lexer and the Go-aware indentation helpers.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "model/go_highlight.h"

using gs::ui::model::GoLexState;
using gs::ui::model::GoSpan;
using gs::ui::model::GoToken;
using gs::ui::model::go_dedent_bytes;
using gs::ui::model::go_indent_for_new_line;
using gs::ui::model::highlight_go_line;

namespace {

struct Tok {
  std::string text;
  GoToken kind;
  bool operator==(const Tok&) const = default;
};

// The spans of one line as (text, kind) pairs, easy to compare.
std::vector<Tok> lex(std::string_view line, GoLexState& state) {
  std::vector<Tok> out;
  for (const GoSpan& s : highlight_go_line(line, state))
    out.push_back({std::string(line.substr(s.begin, s.end - s.begin)), s.kind});
  return out;
}
std::vector<Tok> lex(std::string_view line) {
  GoLexState state;
  return lex(line, state);
}
// The kind of the span covering the first occurrence of `needle` in `line` (it must be one span).
GoToken kind_of(std::string_view line, std::string_view needle) {
  GoLexState state;
  const std::size_t at = line.find(needle);
  REQUIRE(at != std::string_view::npos);
  for (const GoSpan& s : highlight_go_line(line, state)) {
    if (s.begin <= static_cast<int>(at) && static_cast<int>(at + needle.size()) <= s.end) return s.kind;
  }
  FAIL("no single span covers " << needle);
  return GoToken::Plain;
}

}  // namespace

namespace doctest {
template <>
struct StringMaker<Tok> {
  static String convert(const Tok& t) { return ("{\"" + t.text + "\", " + std::to_string(static_cast<int>(t.kind)) + "}").c_str(); }
};
}  // namespace doctest

TEST_CASE("keywords, predeclared names and identifiers") {
  CHECK(lex("func gopher() {") == std::vector<Tok>{{"func", GoToken::Keyword},
                                                    {"gopher", GoToken::Plain},
                                                    {"()", GoToken::Punct},
                                                    {"{", GoToken::Punct}});
  CHECK(kind_of("for range ch {", "range") == GoToken::Keyword);
  CHECK(kind_of("var forward int", "forward") == GoToken::Plain);  // a keyword prefix is not a keyword
  CHECK(kind_of("var x int", "int") == GoToken::Type);
  CHECK(kind_of("var x interface{}", "interface") == GoToken::Keyword);
  CHECK(kind_of("var x int64", "int64") == GoToken::Type);
  CHECK(kind_of("var e error", "error") == GoToken::Type);
  CHECK(kind_of("n := len(s)", "len") == GoToken::Builtin);
  CHECK(kind_of("if p == nil {", "nil") == GoToken::Builtin);
  CHECK(kind_of("ok := true", "true") == GoToken::Builtin);
  CHECK(kind_of("lenient := 1", "lenient") == GoToken::Plain);
  CHECK(kind_of("fmt.Println(x)", "Println") == GoToken::Plain);
  CHECK(kind_of("var café_1 = 2", "café_1") == GoToken::Plain);  // Unicode identifiers stay whole
}

TEST_CASE("comments") {
  CHECK(lex(R"(x := 1 // in a "string")") == std::vector<Tok>{{"x", GoToken::Plain},
                                                             {":=", GoToken::Punct},
                                                             {"1", GoToken::Number},
                                                             {R"(// in a "string")", GoToken::Comment}});
  GoLexState state;
  CHECK(lex("a /* one */ b", state) == std::vector<Tok>{{"a", GoToken::Plain},
                                                        {"/* one */", GoToken::Comment},
                                                        {"b", GoToken::Plain}});
  CHECK_FALSE(state.in_block_comment);

  // A block comment across lines.
  CHECK(lex("x = 1 /* starts", state) == std::vector<Tok>{{"x", GoToken::Plain},
                                                          {"=", GoToken::Punct},
                                                          {"1", GoToken::Number},
                                                          {"/* starts", GoToken::Comment}});
  CHECK(state.in_block_comment);
  CHECK(lex("  still \"not a string\" ", state) == std::vector<Tok>{{"  still \"not a string\" ", GoToken::Comment}});
  CHECK(state.in_block_comment);
  CHECK(lex("ends */ y", state) == std::vector<Tok>{{"ends */", GoToken::Comment}, {"y", GoToken::Plain}});
  CHECK_FALSE(state.in_block_comment);

  // Division is not a comment.
  CHECK(lex("a / b") == std::vector<Tok>{{"a", GoToken::Plain}, {"/", GoToken::Punct}, {"b", GoToken::Plain}});
}

TEST_CASE("interpreted strings and runes") {
  CHECK(lex(R"(s := "http://x" + y)") == std::vector<Tok>{{"s", GoToken::Plain},
                                                          {":=", GoToken::Punct},
                                                          {R"("http://x")", GoToken::String},
                                                          {"+", GoToken::Punct},
                                                          {"y", GoToken::Plain}});
  CHECK(lex(R"(q := "\"" + "a\\" + z)") == std::vector<Tok>{{"q", GoToken::Plain},
                                                            {":=", GoToken::Punct},
                                                            {R"("\"")", GoToken::String},
                                                            {"+", GoToken::Punct},
                                                            {R"("a\\")", GoToken::String},
                                                            {"+", GoToken::Punct},
                                                            {"z", GoToken::Plain}});
  CHECK(lex(R"(r := '\'' ; c := 'x')") == std::vector<Tok>{{"r", GoToken::Plain},
                                                           {":=", GoToken::Punct},
                                                           {R"('\'')", GoToken::Rune},
                                                           {";", GoToken::Punct},
                                                           {"c", GoToken::Plain},
                                                           {":=", GoToken::Punct},
                                                           {"'x'", GoToken::Rune}});
  // An unterminated string runs to the end of its line only.
  GoLexState state;
  CHECK(lex(R"(s := "open)", state) == std::vector<Tok>{{"s", GoToken::Plain},
                                                        {":=", GoToken::Punct},
                                                        {R"("open)", GoToken::String}});
  CHECK(state == GoLexState{});
  CHECK(lex("x", state) == std::vector<Tok>{{"x", GoToken::Plain}});
}

TEST_CASE("raw strings span lines") {
  GoLexState state;
  CHECK(lex("s := `first // not a comment", state) == std::vector<Tok>{{"s", GoToken::Plain},
                                                                       {":=", GoToken::Punct},
                                                                       {"`first // not a comment", GoToken::String}});
  CHECK(state.in_raw_string);
  CHECK(lex("\"middle\" \\n /* */", state) == std::vector<Tok>{{"\"middle\" \\n /* */", GoToken::String}});
  CHECK(lex("last` + x // c", state) == std::vector<Tok>{{"last`", GoToken::String},
                                                         {"+", GoToken::Punct},
                                                         {"x", GoToken::Plain},
                                                         {"// c", GoToken::Comment}});
  CHECK_FALSE(state.in_raw_string);
  CHECK(lex("t := `one line`") == std::vector<Tok>{{"t", GoToken::Plain},
                                                   {":=", GoToken::Punct},
                                                   {"`one line`", GoToken::String}});
}

TEST_CASE("number literals") {
  for (const char* number : {"42", "0x1F", "0XdeadBEEF", "1_000", "1e9", "1E+9", "1.5e-3", "3i", "2.5i", "0.", ".5",
                             "0x1p-2", "0x1.8p1", "0b1010", "0o17", "0O17", "017", "0x_FF", "1_0.2_5"}) {
    CAPTURE(number);
    const std::string line = std::string("x = ") + number + ";";
    CHECK(lex(line) == std::vector<Tok>{{"x", GoToken::Plain}, {"=", GoToken::Punct}, {number, GoToken::Number}, {";", GoToken::Punct}});
  }
  // Not numbers: a selector, a range over slice bounds, an identifier with digits.
  CHECK(lex("a.b") == std::vector<Tok>{{"a", GoToken::Plain}, {".", GoToken::Punct}, {"b", GoToken::Plain}});
  CHECK(lex("s[1:]") == std::vector<Tok>{{"s", GoToken::Plain}, {"[", GoToken::Punct}, {"1", GoToken::Number}, {":]", GoToken::Punct}});
  CHECK(lex("x2") == std::vector<Tok>{{"x2", GoToken::Plain}});
  CHECK(lex("f(xs...)") == std::vector<Tok>{{"f", GoToken::Plain}, {"(", GoToken::Punct}, {"xs", GoToken::Plain}, {"...)", GoToken::Punct}});
}

TEST_CASE("spans are sorted, disjoint and cover every non-space byte") {
  const char* lines[] = {"package main", "import \"fmt\"", "func main() {", "\tch := make(chan int, 3)",
                         "\tgo func() { ch <- 1 }()", "\tfmt.Println(<-ch, 'x', 0x1F, `raw`) // done", "}", "\t\r", "",
                         "a/*b*/c//d", "#$?@\\"};
  GoLexState state;
  for (const char* line : lines) {
    CAPTURE(line);
    const std::string_view s(line);
    std::vector<bool> covered(s.size(), false);
    int last_end = 0;
    for (const GoSpan& span : highlight_go_line(s, state)) {
      CHECK(span.begin >= last_end);
      CHECK(span.end > span.begin);
      CHECK(span.end <= static_cast<int>(s.size()));
      for (int i = span.begin; i < span.end; ++i) covered[static_cast<std::size_t>(i)] = true;
      last_end = span.end;
    }
    for (std::size_t i = 0; i < s.size(); ++i)
      if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') CHECK_MESSAGE(covered[i], "byte " << i << " not covered");
  }
}

TEST_CASE("indentation for a new line copies the line's indent and opens blocks") {
  CHECK(go_indent_for_new_line("") == "");
  CHECK(go_indent_for_new_line("package main") == "");
  CHECK(go_indent_for_new_line("func main() {") == "\t");
  CHECK(go_indent_for_new_line("\tx := 1") == "\t");
  CHECK(go_indent_for_new_line("\t\tif x {") == "\t\t\t");
  CHECK(go_indent_for_new_line("\tfmt.Println(") == "\t\t");
  CHECK(go_indent_for_new_line("\txs := []int{ // numbers") == "\t\t");  // a trailing comment is ignored
  CHECK(go_indent_for_new_line("\ts := \"{\"") == "\t");                 // a brace in a string is not a block
  CHECK(go_indent_for_new_line("    y := 2") == "    ");
}

TEST_CASE("dedent when a closing bracket is typed on an indent-only line") {
  CHECK(go_dedent_bytes("\t\t") == 1);
  CHECK(go_dedent_bytes("        ") == 4);
  CHECK(go_dedent_bytes("  ") == 2);
  CHECK(go_dedent_bytes("") == 0);
  CHECK(go_dedent_bytes("\tx") == 0);
}

TEST_CASE("Tab over a multi-line selection indents the touched lines") {
  using gs::ui::model::indent_lines;
  const std::string text = "a\nb\n\nc\nd";
  // Select from inside "a" to the start of "d": lines a, b, (empty), c — not d.
  auto r = indent_lines(text, 0 + 1, text.find('d'));
  CHECK(r.text == "\ta\n\tb\n\n\tc\nd");
  CHECK(r.text.substr(r.select_begin, r.select_end - r.select_begin) == "\ta\n\tb\n\n\tc");
  // A caret indents its line and moves with its text.
  r = indent_lines("x := 1", 2, 2);
  CHECK(r.text == "\tx := 1");
  CHECK(r.select_begin == 3);
  CHECK(r.select_end == 3);
}

TEST_CASE("Shift+Tab outdents the touched lines by a tab or four spaces") {
  using gs::ui::model::outdent_lines;
  const std::string text = "\t\ta\n      b\nc\n  d";
  auto r = outdent_lines(text, 0, text.size());
  CHECK(r.text == "\ta\n  b\nc\nd");
  CHECK(r.select_begin == 0);
  CHECK(r.select_end == r.text.size());
  // A caret: its line only, and it moves left with its text (never past the line start).
  r = outdent_lines("x\n\tfoo()\ny", 5, 5);  // caret after "\tfo"
  CHECK(r.text == "x\nfoo()\ny");
  CHECK(r.select_begin == 4);
  r = outdent_lines("x\n\tfoo()", 2, 2);  // caret at the line start stays there
  CHECK(r.text == "x\nfoo()");
  CHECK(r.select_begin == 2);
}

TEST_CASE("appending spans line after line gives each line its own spans") {
  std::vector<GoSpan> all;
  GoLexState state;
  gs::ui::model::highlight_go_line("x :=", state, all);
  const std::size_t first_of_second = all.size();
  gs::ui::model::highlight_go_line("= y", state, all);  // must not merge with the previous line's ":="
  REQUIRE(all.size() == first_of_second + 2);
  CHECK(all[first_of_second] == GoSpan{0, 1, GoToken::Punct});
  CHECK(all[first_of_second + 1] == GoSpan{2, 3, GoToken::Plain});
}
