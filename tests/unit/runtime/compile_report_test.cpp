// The Compiler view's data (lang/compile_report.h): tokens with Go's automatic semicolons,
// the syntax tree's outline, -m's lines attributed to their functions, package main's
// bytecode, and compile errors — checked on small programs whose -m output was recorded
// from `go build -gcflags='-m -l'` (Go 1.23.5).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lang/compile_report.h"

using namespace gs;
using lang::ReportEscape;

namespace {

// Lesson 10's first example (its -m lines are Go's, recorded with real Go 1.23.5).
const char* kPoints = R"(package main

import "fmt"

type point struct{ x, y int }

// newPoint returns the address of its local p: p outlives the call.
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// sum reads through its pointer and keeps nothing.
func sum(p *point) int {
	return p.x + p.y
}

var keep *point

// remember stores its pointer in a global: the parameter leaks.
func remember(p *point) {
	keep = p
}

func main() {
	a := newPoint(1, 2)
	b := point{3, 4}
	c := point{5, 6}
	remember(&c)
	n := 4
	dyn := make([]int, n)  // size known only at run time
	fixed := make([]int, 8) // constant size, small
	total := sum(a) + sum(&b) + len(dyn) + len(fixed) + keep.x
	fmt.Println(total)
}
)";

std::vector<std::string> escape_lines(const lang::CompileReport& r) {
  std::vector<std::string> out;
  for (const auto& e : r.escapes) out.push_back(std::to_string(e.line) + ":" + std::to_string(e.col) + ": " + e.text);
  return out;
}

const lang::OutlineItem* find_outline(const lang::CompileReport& r, const std::string& text) {
  for (const auto& o : r.outline)
    if (o.text == text) return &o;
  return nullptr;
}

}  // namespace

TEST_CASE("compile report: tokens carry Go's names and its automatic semicolons") {
  auto r = lang::build_compile_report("package main\n\nfunc f(x int) int { x += 2; x++; return x * 3 }");
  REQUIRE(r.tokens.size() >= 10);
  CHECK(r.tokens[0].kind == "package");
  CHECK(r.tokens[0].line == 1);
  CHECK(r.tokens[0].col == 1);
  CHECK(r.tokens[1].kind == "name");
  CHECK(r.tokens[1].lit == "main");
  // The newline after "main" ends the package clause: an automatic semicolon.
  CHECK(r.tokens[2].kind == ";");
  CHECK(r.tokens[2].lit == "newline");
  CHECK(r.tokens[2].automatic());
  CHECK(r.tokens[2].line == 1);
  CHECK(r.tokens[2].col == 13);
  std::vector<std::string> seen;
  for (const auto& t : r.tokens) seen.push_back(t.kind + (t.lit.empty() ? "" : " " + t.lit));
  auto has = [&](const std::string& s) { return std::find(seen.begin(), seen.end(), s) != seen.end(); };
  CHECK(has("op= +"));
  CHECK(has("opop +"));
  CHECK(has("op *") == false);  // '*' is its own token kind in Go's scanner
  CHECK(has("*"));
  CHECK(has("; semicolon"));    // an explicit one
  // No newline at the end: the last '}' is followed by the EOF semicolon.
  CHECK(r.tokens.back().kind == ";");
  CHECK(r.tokens.back().lit == "EOF");
  // Literals keep their kind.
  bool int_lit = false;
  for (const auto& t : r.tokens) int_lit |= t.kind == "literal" && t.lit == "2" && t.lit_kind == "int";
  CHECK(int_lit);
  CHECK(r.lex_errors.empty());
}

TEST_CASE("compile report: the escape decisions are -m's lines, with their functions") {
  auto r = lang::build_compile_report(kPoints);
  REQUIRE(r.compiled);
  CHECK(r.errors.empty());
  // go build -gcflags='-m -l' prog.go (Go 1.23.5), file names removed.
  const std::vector<std::string> want = {
      "9:2: moved to heap: p",
      "14:10: p does not escape",
      "21:15: leaking param: p",
      "28:2: moved to heap: c",
      "31:13: make([]int, n) escapes to heap",
      "32:15: make([]int, 8) does not escape",
      "34:13: ... argument does not escape",
      "34:14: total escapes to heap",
  };
  CHECK(escape_lines(r) == want);
  REQUIRE(r.escapes.size() == want.size());
  CHECK(r.escapes[0].func == "main.newPoint");
  CHECK(r.escapes[0].verdict == ReportEscape::Verdict::Heap);
  CHECK(r.escapes[1].func == "main.sum");
  CHECK(r.escapes[1].verdict == ReportEscape::Verdict::Stack);
  CHECK(r.escapes[2].func == "main.remember");
  CHECK(r.escapes[2].verdict == ReportEscape::Verdict::Leak);
  CHECK(r.escapes[3].func == "main.main");
  CHECK(r.escapes[4].verdict == ReportEscape::Verdict::Heap);
  CHECK(r.escapes[5].verdict == ReportEscape::Verdict::Stack);
}

TEST_CASE("compile report: verdicts follow -m's wording") {
  using V = ReportEscape::Verdict;
  CHECK(lang::escape_verdict("moved to heap: x") == V::Heap);
  CHECK(lang::escape_verdict("&T{...} escapes to heap") == V::Heap);
  CHECK(lang::escape_verdict("leaking param: p") == V::Leak);
  CHECK(lang::escape_verdict("leaking param content: s") == V::Leak);
  CHECK(lang::escape_verdict("leaking param: p to result ~r0 level=0") == V::Leak);
  CHECK(lang::escape_verdict("func literal does not escape") == V::Stack);
  CHECK(lang::escape_verdict("zero-copy string->[]byte conversion") == V::Other);
}

TEST_CASE("compile report: the outline has declarations, functions and statements in order") {
  auto r = lang::build_compile_report(kPoints);
  REQUIRE(!r.outline.empty());
  CHECK(r.outline[0].text == "package main");
  CHECK(find_outline(r, "import \"fmt\"") != nullptr);
  bool type_decl = false;
  for (const auto& o : r.outline) type_decl |= o.node == "TypeDecl" && o.text.rfind("type point struct{", 0) == 0;
  CHECK(type_decl);
  CHECK(find_outline(r, "var keep *point") != nullptr);
  const lang::OutlineItem* np = find_outline(r, "func newPoint(x, y int) *point");
  REQUIRE(np != nullptr);
  CHECK(np->node == "FuncDecl");
  CHECK(np->depth == 0);
  CHECK(np->line == 8);
  CHECK(np->end_line == 11);
  const lang::OutlineItem* ret = find_outline(r, "return &p");
  REQUIRE(ret != nullptr);
  CHECK(ret->node == "ReturnStmt");
  CHECK(ret->depth == 1);
  CHECK(ret->line == 10);
  const lang::OutlineItem* mk = find_outline(r, "dyn := make([]int, n)");
  REQUIRE(mk != nullptr);
  CHECK(mk->node == "AssignStmt");
  // Source order.
  for (size_t i = 1; i < r.outline.size(); i++) CHECK(r.outline[i - 1].line <= r.outline[i].line);
}

TEST_CASE("compile report: control flow and closures nest in the outline") {
  auto r = lang::build_compile_report(R"(package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	next := counter()
	for i := 0; i < 3; i++ {
		if v := next(); v > 1 {
			println(v)
		} else {
			println("small")
		}
	}
	switch x := next(); {
	case x > 2:
		println("big")
	default:
	}
}
)");
  REQUIRE(r.compiled);
  const lang::OutlineItem* lit = find_outline(r, "func() int { … }");
  REQUIRE(lit != nullptr);
  CHECK(lit->node == "FuncLit");
  CHECK(lit->depth == 2);  // under `return` in counter
  CHECK(lit->line == 5);
  CHECK(lit->end_line == 8);
  const lang::OutlineItem* inc = find_outline(r, "n++");
  REQUIRE(inc != nullptr);
  CHECK(inc->depth == 3);
  const lang::OutlineItem* loop = find_outline(r, "for i := 0; i < 3; i++");
  REQUIRE(loop != nullptr);
  CHECK(loop->node == "ForStmt");
  const lang::OutlineItem* cond = find_outline(r, "if v := next(); v > 1");
  REQUIRE(cond != nullptr);
  CHECK(cond->depth == loop->depth + 1);
  CHECK(find_outline(r, "else") != nullptr);
  CHECK(find_outline(r, "case x > 2:") != nullptr);
  CHECK(find_outline(r, "default:") != nullptr);
  // The closure is compiled as its own function, and its extent is known.
  const lang::ReportFunc* f1 = r.func("main.counter.func1");
  REQUIRE(f1 != nullptr);
  CHECK(f1->decl_line == 5);
  CHECK(f1->end_line == 8);
  REQUIRE(r.func_at_line(6) != nullptr);
  CHECK(r.func_at_line(6)->name == "main.counter.func1");
  REQUIRE(r.func_at_line(4) != nullptr);
  CHECK(r.func_at_line(4)->name == "main.counter");
  REQUIRE(r.func_at_line(14) != nullptr);
  CHECK(r.func_at_line(14)->name == "main.main");
  CHECK(r.func_at_line(1) == nullptr);
  // -m -l for this program (Go 1.23.5).
  const std::vector<std::string> want = {"4:2: moved to heap: n", "5:9: func literal escapes to heap"};
  CHECK(escape_lines(r) == want);
}

TEST_CASE("compile report: package main's functions with their bytecode") {
  auto r = lang::build_compile_report(kPoints);
  REQUIRE(r.compiled);
  std::vector<std::string> names;
  for (const auto& f : r.funcs) names.push_back(f.name);
  for (const char* want : {"main.newPoint", "main.sum", "main.remember", "main.main"})
    CHECK(std::find(names.begin(), names.end(), want) != names.end());
  for (const auto& n : names) CHECK(n.rfind("main.", 0) == 0);  // no prelude functions
  CHECK(r.module_funcs > r.funcs.size());                       // fmt's are in the module
  const lang::ReportFunc* np = r.func("main.newPoint");
  REQUIRE(np != nullptr);
  CHECK(np->decl_line == 8);
  CHECK(np->end_line == 11);
  CHECK(np->frame_size >= 32);
  CHECK(np->frame_size % 8 == 0);
  CHECK(np->instructions > 0);
  CHECK(np->disasm.rfind("main.newPoint", 0) == 0);
  // Each line marker is followed by that line of source.
  CHECK(np->disasm.find("; line 10:  return &p") != std::string::npos);
  CHECK(np->disasm.find("; line 9:  p := point{x, y}") != std::string::npos);
  CHECK(r.compile_ms >= 0);
}

TEST_CASE("compile report: errors instead of code") {
  SUBCASE("syntax") {
    auto r = lang::build_compile_report("package main\n\nfunc main() {\n\tx := \n}\n");
    CHECK_FALSE(r.compiled);
    CHECK(r.syntax_errors);
    REQUIRE(!r.errors.empty());
    CHECK(r.errors[0].line == 5);
    CHECK(r.funcs.empty());
    CHECK(r.escapes.empty());
    // The tokens and the (partial) outline are still there.
    CHECK(r.tokens.size() > 5);
    CHECK(find_outline(r, "func main()") != nullptr);
  }
  SUBCASE("types") {
    auto r = lang::build_compile_report("package main\n\nfunc main() {\n\tvar s string = 1\n\t_ = s\n}\n");
    CHECK_FALSE(r.compiled);
    CHECK_FALSE(r.syntax_errors);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 4);
    CHECK(r.errors[0].msg.find("cannot use 1") != std::string::npos);
  }
  SUBCASE("lexical") {
    auto r = lang::build_compile_report("package main\n\nvar s = \"open\n");
    CHECK_FALSE(r.compiled);
    REQUIRE(!r.lex_errors.empty());
    CHECK(r.lex_errors[0].msg == "newline in string");
  }
}

TEST_CASE("compile report: the token list is bounded") {
  std::string src = "package main\n\nvar x = 0";
  for (int i = 0; i < 200; i++) src += " + 1";
  src += "\n\nfunc main() { println(x) }\n";
  lang::CompileReportOptions o;
  o.max_tokens = 50;
  auto r = lang::build_compile_report(src, o);
  CHECK(r.tokens.size() == 50);
  CHECK(r.tokens_truncated);
  CHECK(r.compiled);
}
