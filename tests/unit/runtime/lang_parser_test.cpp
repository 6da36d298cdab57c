// lang_parser_test.cpp — AST shape from the Go parser: precedence, the composite-literal
// versus block ambiguity in statement headers, receivers, function literals, type parameters,
// plus the diagnostic ordering/limit rules and parse speed on a large file.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "lang/parser.h"

using namespace gs::lang;

namespace {

// Parses "package p; func f() { BODY }" and returns the function's statements.
struct Parsed {
  ParseResult result;
  std::vector<Stmt*> stmts() const {
    auto* f = as<FuncDecl>(result.file->decls.back());
    return f && f->body ? f->body->list : std::vector<Stmt*>{};
  }
};

Parsed parse_body(const std::string& body) {
  return Parsed{parse_file("prog.go", "package p\n\nfunc f() {\n" + body + "\n}\n")};
}

Expr* expr_of(const std::string& e) {
  static std::vector<ParseResult> keep;  // keep Files alive for the returned pointers
  keep.push_back(parse_file("prog.go", "package p\nvar _ = " + e + "\n"));
  auto& r = keep.back();
  REQUIRE(r.errors.empty());
  return as<VarDecl>(r.file->decls.back())->values;
}

}  // namespace

TEST_CASE("parser: binary precedence and associativity") {
  auto* e = as<Operation>(expr_of("a + b*c - d"));
  REQUIRE(e);
  CHECK(e->op == Op::Sub);
  auto* l = as<Operation>(e->x);
  REQUIRE(l);
  CHECK(l->op == Op::Add);
  CHECK(as<Operation>(l->y)->op == Op::Mul);
  CHECK(to_string(expr_of("a || b && c == d")) == "a || b && c == d");
  auto* o = as<Operation>(expr_of("a || b && c == d"));
  CHECK(o->op == Op::OrOr);
  CHECK(as<Operation>(o->y)->op == Op::AndAnd);
  CHECK(as<Operation>(as<Operation>(o->y)->y)->op == Op::Eql);
  auto* u = as<Operation>(expr_of("-x * <-ch"));
  CHECK(u->op == Op::Mul);
  CHECK(as<Operation>(u->x)->op == Op::Sub);
  CHECK(as<Operation>(u->x)->y == nullptr);
  CHECK(as<Operation>(u->y)->op == Op::Recv);
  // Binary operation positions are the operator's; start_pos is the leftmost operand.
  auto* p = expr_of("aa + b");
  CHECK(p->pos == Pos{2, 12});
  CHECK(start_pos(p) == Pos{2, 9});
}

TEST_CASE("parser: composite literal vs block in statement headers") {
  auto r = parse_body("\tif x == (T{}) {\n\t}\n\tfor _, v := range []int{1, 2} {\n\t\t_ = v\n\t}\n\tswitch s := (S{1}); s {\n\t}");
  REQUIRE(r.result.errors.empty());
  auto st = r.stmts();
  REQUIRE(st.size() == 3);
  auto* ifs = as<IfStmt>(st[0]);
  REQUIRE(ifs);
  CHECK(as<Operation>(ifs->cond)->op == Op::Eql);
  auto* fs = as<ForStmt>(st[1]);
  REQUIRE(fs);
  auto* rc = as<RangeClause>(fs->init);
  REQUIRE(rc);
  CHECK(rc->def);
  CHECK(as<CompositeLit>(rc->x) != nullptr);  // []T{...} is always a literal
  // In a header, "T {" starts the body, not a literal:
  auto r2 = parse_body("\tif x == T {\n\t}");
  REQUIRE(r2.result.errors.empty());
  auto* if2 = as<IfStmt>(r2.stmts()[0]);
  CHECK(as<Name>(as<Operation>(if2->cond)->y) != nullptr);
  CHECK(if2->then->list.empty());
  // ...whereas in a statement it is a literal.
  auto r3 = parse_body("\tx := T{1}");
  auto* as3 = as<AssignStmt>(r3.stmts()[0]);
  CHECK(as<CompositeLit>(as3->rhs) != nullptr);
}

TEST_CASE("parser: declarations, receivers, func literals, type parameters") {
  auto r = parse_file("prog.go",
                      "package p\n"
                      "type List[T any] struct{ items []T }\n"
                      "type Num interface{ ~int | ~float64 }\n"
                      "type A = int\n"
                      "type Arr [N]int\n"
                      "func (l *List[T]) Push(x T) { l.items = append(l.items, x) }\n"
                      "func Map[T, U any](xs []T, f func(T) U) (out []U) { return }\n"
                      "var f = func(a, b int) int { return a + b }\n");
  REQUIRE(r.errors.empty());
  auto& d = r.file->decls;
  REQUIRE(d.size() == 7);
  auto* list = as<TypeDecl>(d[0]);
  REQUIRE(list->tparams.size() == 1);
  CHECK(list->tparams[0]->name->value == "T");
  CHECK(as<StructType>(list->type) != nullptr);
  auto* num = as<InterfaceType>(as<TypeDecl>(d[1])->type);
  REQUIRE(num);
  auto* un = as<Operation>(num->methods[0]->type);
  REQUIRE(un);
  CHECK(un->op == Op::Or);
  CHECK(as<Operation>(un->x)->op == Op::Tilde);
  CHECK(as<TypeDecl>(d[2])->alias);
  auto* arr = as<TypeDecl>(d[3]);
  CHECK(arr->tparams.empty());
  CHECK(as<ArrayType>(arr->type) != nullptr);
  auto* push = as<FuncDecl>(d[4]);
  REQUIRE(push->recv);
  CHECK(push->recv->name->value == "l");
  auto* star = as<Operation>(push->recv->type);
  REQUIRE(star);
  CHECK(as<IndexExpr>(star->x) != nullptr);
  auto* map = as<FuncDecl>(d[5]);
  REQUIRE(map->tparams.size() == 2);
  CHECK(map->tparams[0]->type == map->tparams[1]->type);  // "T, U any" share the constraint
  CHECK(map->type->params.size() == 2);
  CHECK(map->type->results.size() == 1);
  CHECK(map->type->results[0]->name->value == "out");
  auto* fl = as<FuncLit>(as<VarDecl>(d[6])->values);
  REQUIRE(fl);
  CHECK(fl->type->params.size() == 2);
  CHECK(fl->body->list.size() == 1);
  CHECK(to_string(fl) == "func(a, b int) int {…}");
}

TEST_CASE("parser: statements") {
  auto r = parse_body(
      "L:\n\tfor i := 0; i < 3; i++ {\n\t\tcontinue L\n\t}\n"
      "\tswitch v := x.(type) {\n\tcase int:\n\tdefault:\n\t}\n"
      "\tselect {\n\tcase c <- 1:\n\tcase v, ok := <-c:\n\t\t_, _ = v, ok\n\t}\n"
      "\tgo g()\n\tdefer h()\n\tx[1:2:3] = y\n\tch <- 1\n\tvar a, b = 1, 2");
  REQUIRE(r.result.errors.empty());
  auto st = r.stmts();
  REQUIRE(st.size() == 8);
  auto* lab = as<LabeledStmt>(st[0]);
  REQUIRE(lab);
  auto* loop = as<ForStmt>(lab->stmt);
  REQUIRE(loop);
  CHECK(as<AssignStmt>(loop->init)->op == Op::Def);
  CHECK(as<AssignStmt>(loop->post)->rhs == nullptr);  // i++
  auto* br = as<BranchStmt>(loop->body->list[0]);
  CHECK(br->target == loop);  // resolved by the branch checker
  auto* sw = as<SwitchStmt>(st[1]);
  auto* guard = as<TypeSwitchGuard>(sw->tag);
  REQUIRE(guard);
  CHECK(guard->lhs->value == "v");
  CHECK(sw->body.size() == 2);
  CHECK(sw->body[1]->cases == nullptr);
  auto* sel = as<SelectStmt>(st[2]);
  REQUIRE(sel->body.size() == 2);
  CHECK(as<SendStmt>(sel->body[0]->comm) != nullptr);
  CHECK(as<CallStmt>(st[3])->tok == Tok::Go);
  CHECK(as<CallStmt>(st[4])->tok == Tok::Defer);
  auto* sl = as<SliceExpr>(as<AssignStmt>(st[5])->lhs);
  REQUIRE(sl);
  CHECK(sl->full);
  CHECK(as<SendStmt>(st[6]) != nullptr);
  CHECK(as<DeclStmt>(st[7]) != nullptr);
}

TEST_CASE("parser: error messages and recovery") {
  auto errs = [](const std::string& src) { return format_diagnostics("prog.go", parse_file("prog.go", src).errors); };
  CHECK(errs("package p\nfunc f() {\n\tif x = 1 {\n\t}\n}\n") ==
        "prog.go:3:7: syntax error: cannot use assignment x = 1 as value\n");
  CHECK(errs("package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n") == "prog.go:3:7: syntax error: cannot use x := 1 as value\n");
  CHECK(errs("package p\nx := 1\n") == "prog.go:2:1: syntax error: non-declaration statement outside function body\n");
  CHECK(errs("package p\nfunc f() {\n\tx := []int{\n\t\t1\n\t}\n}\n") ==
        "prog.go:4:4: syntax error: unexpected newline in composite literal; possibly missing comma or }\n");
  // Only the first syntax error on a line is kept.
  CHECK(errs("package p\nfunc f() {\n\ta b c d\n}\n") == "prog.go:3:4: syntax error: unexpected name b at end of statement\n");
}

TEST_CASE("diagnostics: sorting, per-line filter and the 10-error limit") {
  DiagnosticList d;
  d.report(Pos{5, 1}, "syntax error: b");
  d.report(Pos{2, 3}, "syntax error: a");
  d.report(Pos{2, 9}, "syntax error: dropped (same line)");
  d.report(Pos{3, 1}, "label L defined and not used");
  d.report(Pos{3, 1}, "label L defined and not used");  // equal non-syntax error on same line
  auto out = d.finish();
  REQUIRE(out.size() == 3);
  CHECK(out[0].line == 2);
  CHECK(out[1].msg == "label L defined and not used");
  CHECK(out[2].line == 5);
  DiagnosticList many;
  for (int i = 1; i <= 15; ++i) many.report(Pos{i, 2}, "syntax error: x");
  CHECK(many.full());
  auto m = many.finish();
  REQUIRE(m.size() == 11);
  CHECK(m.back().msg == "too many errors");
  CHECK(m.back().line == 10);
  CHECK(format_diagnostics("prog.go", {m[0]}) == "prog.go:1:2: syntax error: x\n");
}

TEST_CASE("parser: a 5,000-line file parses in milliseconds") {
  std::string src = "package p\n\n";
  for (int i = 0; i < 500; ++i) {
    std::string n = std::to_string(i);
    src += "func f" + n + "(a, b int, s []string) (int, error) {\n"
           "\tm := map[string]int{\"a\": 1, \"b\": 2}\n"
           "\tfor i, v := range s {\n"
           "\t\tif v == \"x\" && i > a {\n"
           "\t\t\tm[v] += i * b\n"
           "\t\t}\n"
           "\t}\n"
           "\tgo func() { _ = m }()\n"
           "\treturn a + b*len(s), nil\n"
           "}\n";
  }
  auto t0 = std::chrono::steady_clock::now();
  auto r = parse_file("prog.go", src);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  CHECK(r.errors.empty());
  CHECK(r.file->decls.size() == 500);
  MESSAGE("parsed 5,000 lines in " << ms << " ms");  // speed is measured in bench/, never asserted here
}
