// Escape analysis (lang/escape.h): the solver on hand-built graphs (derefs, address-of,
// parameter tags and levels, loop depth, closures, the mutator), and the analysis through
// compile_program (tags used across calls, bottom-up SCC order, messages in Go's order).
// Go's own answers for whole programs are checked by tests/go/escape_corpus.sh; the
// programs of tests/go/escape not listed in its PENDING are also checked here.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "go_testdata.h"
#include "lang/compile.h"
#include "lang/escape.h"

using namespace gs;
using lang::EscapeGraph;
using lang::Leaks;

namespace {

std::vector<std::string> messages(const std::string& src) {
  lang::CompileOptions o;
  o.escape_messages = true;
  auto r = lang::compile_program(src, o);
  std::vector<std::string> out;
  for (auto& e : r.errors) out.push_back("error: " + e.msg);
  for (auto& m : r.escape_messages)
    out.push_back(std::to_string(m.line) + ":" + std::to_string(m.col) + ": " + m.text);
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (auto& x : v) s += x + "\n";
  return s;
}

}  // namespace

TEST_CASE("escape solver: an address stored in the heap escapes, a dereferenced one does not") {
  EscapeGraph g;
  g.closure_parent = {-1};
  auto* x = g.new_loc(0, 1, true);
  auto* y = g.new_loc(0, 1, true);
  auto* p = g.new_loc(0, 1, true);
  g.flow(EscapeGraph::Hole{p}.addr(), x);  // p = &x
  g.flow(g.heap(), p);                     // sink = p
  g.flow(EscapeGraph::Hole{p}.addr(), y);  // p = &y ...
  auto* q = g.new_loc(0, 1, true);
  g.flow(g.heap(), q);
  g.flow(EscapeGraph::Hole{q}.deref(), y);  // sink2 = *y (y's pointee, not y)
  g.walk_all();
  CHECK(x->has(EscapeGraph::kEscapes));
  CHECK(y->has(EscapeGraph::kEscapes));  // through p
  CHECK(x->addrtaken);
  CHECK_FALSE(q->addrtaken);
  CHECK_FALSE(p->has(EscapeGraph::kEscapes));  // p's value leaks, p itself stays
}

TEST_CASE("escape solver: parameter tags keep the minimal derefs per sink (heap, results)") {
  EscapeGraph g;
  g.closure_parent = {-1};
  auto* p = g.new_loc(0, 1, true);
  p->is_param = true;
  auto* r0 = g.new_loc(0, 1, true);
  r0->result_index = 1;
  auto* r1 = g.new_loc(0, 1, true);
  r1->result_index = 2;
  g.flow({r0}, p);                          // return p, ...
  g.flow(EscapeGraph::Hole{r1}.deref(), p);  // ..., *p
  auto* t = g.new_loc(0, 1, false);
  g.flow(g.heap().shift(2), t);  // sink = **t
  g.flow({t}, p);
  g.walk_all();
  Leaks l = p->param_esc;
  CHECK(l.result(0) == 0);
  CHECK(l.result(1) == 1);
  CHECK(l.heap() == 2);
  l.optimize();  // flows as deep as the heap leak add nothing
  CHECK(l.result(0) == 0);
  CHECK(l.result(1) == 1);
  CHECK(l.heap() == 2);
  Leaks m = Leaks::heap_leak(0);
  m.add(Leaks::kResult0, 1);
  m.optimize();
  CHECK(m.result(0) == -1);
}

TEST_CASE("escape solver: a variable declared outside a loop outlives what the loop allocates") {
  EscapeGraph g;
  g.closure_parent = {-1};
  auto* outer = g.new_loc(0, 1, true);  // var p *int (depth 1)
  auto* inner = g.new_loc(0, 2, true);  // x := i inside the loop (depth 2)
  auto* same = g.new_loc(0, 2, true);   // q := &x inside the loop
  g.flow(EscapeGraph::Hole{same}.addr(), inner);
  g.walk_all();
  CHECK_FALSE(inner->has(EscapeGraph::kEscapes));
  EscapeGraph g2;
  g2.closure_parent = {-1};
  auto* o2 = g2.new_loc(0, 1, true);
  auto* i2 = g2.new_loc(0, 2, true);
  g2.flow(EscapeGraph::Hole{o2}.addr(), i2);  // p = &x
  g2.walk_all();
  CHECK(i2->has(EscapeGraph::kEscapes));
  (void)outer;
}

TEST_CASE("escape solver: a closure's variable flowing to its enclosing function escapes; mutation spreads at derefs 0") {
  EscapeGraph g;
  g.closure_parent = {-1, 0};  // function 1 is a closure inside function 0
  auto* outer = g.new_loc(0, 1, true);
  auto* in_closure = g.new_loc(1, 1, true);
  g.flow(EscapeGraph::Hole{outer}.addr(), in_closure);
  auto* obj = g.new_loc(0, 1, false);
  auto* ptr = g.new_loc(0, 1, true);
  g.flow(EscapeGraph::Hole{ptr}.addr(), obj);
  g.flow(g.mutator(), ptr);
  g.walk_all();
  CHECK(in_closure->has(EscapeGraph::kEscapes));
  CHECK(obj->has(EscapeGraph::kMutates));
  CHECK_FALSE(obj->has(EscapeGraph::kEscapes));
}

TEST_CASE("escape analysis: tags, levels and result names as go build -gcflags='-m -l'") {
  auto m = messages(R"(package main

var sink *int

type T struct{ p *int }

func store(p *int) { sink = p }
func ret(p *int) *int { return p }
func get(t *T) (r *int) { r = t.p; return }
func noesc(p *int) int { return *p }
func content(s []*int) { sink = s[0] }

func main() {
	a, b, c, d := 1, 2, 3, 4
	store(&a)
	t := &T{&b}
	println(*ret(&c), noesc(&d), *get(t))
	content(nil)
}
)");
  CHECK(join(m) == "7:12: leaking param: p\n"
                   "8:10: leaking param: p to result ~r0 level=0\n"
                   "9:10: leaking param: t to result r level=1\n"
                   "10:12: p does not escape\n"
                   "11:14: leaking param content: s\n"
                   "14:2: moved to heap: a\n"
                   "16:7: &T{...} does not escape\n");
}

TEST_CASE("escape analysis: callees are analysed first (bottom-up SCCs), recursive ones together") {
  // main calls b, b calls a: a's batch, then b's, then main's, whatever the order of declaration;
  // even and odd form one batch (tags printed in the batch's order).
  auto m = messages(R"(package main

func main() {
	x := 0
	b(&x)
	println(even(&x, 3))
}

func b(q *int) { a(q) }

func a(p *int) { *p = 1 }

func even(p *int, n int) bool {
	if n == 0 {
		return true
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool {
	if n == 0 {
		return *p > 0
	}
	return even(p, n-1)
}
)");
  CHECK(join(m) == "11:8: p does not escape\n"
                   "9:8: q does not escape\n"
                   "13:11: p does not escape\n"
                   "20:10: p does not escape\n");
}

TEST_CASE("escape analysis: loop depth, closures by value or by reference, defer in loops") {
  auto m = messages(R"(package main

var fs []func() int

func main() {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
		y := i
		q := &y
		_ = q
	}
	a, b := 1, 2
	b = 3
	fs = append(fs, func() int { return a + b })
	for i := 0; i < 2; i++ {
		defer func() { println(i) }()
	}
	println(*p)
}
)");
  CHECK(join(m) == "8:3: moved to heap: x\n"
                   "16:18: func literal escapes to heap\n"
                   "18:9: func literal escapes to heap\n");
}

TEST_CASE("escape analysis: no messages without the option, and none for the preludes") {
  lang::CompileOptions o;
  auto r = lang::compile_program("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(&x)\n}\n", o);
  REQUIRE(r.module);
  CHECK(r.escape_messages.empty());
  auto m = messages("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(&x)\n}\n");
  CHECK(join(m) == "6:2: moved to heap: x\n7:13: ... argument does not escape\n");
}

TEST_CASE("escape analysis: the tests/go/escape corpus matches Go's recorded messages") {
  namespace fs = std::filesystem;
  std::string dir = std::string(GS_GO_TESTS_DIR) + "/escape";
  std::set<std::string> pending;
  for (auto& line : testdata::read_go_lines("escape/PENDING"))
    if (line[0] != '#') pending.insert(line.substr(0, line.find(' ')));
  int checked = 0;
  for (auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".go") continue;
    std::string name = entry.path().stem().string();
    if (pending.count(name)) continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string got;
    for (auto& l : messages(ss.str())) got += "./prog.go:" + l + "\n";
    std::string want;
    for (auto& l : testdata::read_go_lines("escape/" + name + ".want")) want += l + "\n";
    INFO(name);
    CHECK(got == want);
    checked++;
  }
  CHECK(checked >= 40);
}

// ---- code generation follows the decisions ------------------------------------------

namespace {

// How many instructions of `op` (with flag x when x >= 0) function `name` has.
int count_ops(const vm::Module& m, const std::string& name, vm::Op op, int x = -1) {
  for (auto& f : m.funcs)
    if (f->name == name) {
      int n = 0;
      for (auto& in : f->code)
        if (in.op == op && (x < 0 || in.x == x)) n++;
      return n;
    }
  return -1;
}

const char* kFrameOrHeap = R"(package main

type P struct{ x, y int }

var keep *P
var boxed any

func sum(p *P) int { return p.x + p.y }

func kind(v any) int {
	if p, ok := v.(P); ok {
		return p.x
	}
	return 0
}

func local(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		v := P{i, 1}
		q := new(int)
		*q = sum(&v) + sum(&P{i, 2})
		s := make([]int, 4)
		s[0] = *q
		f := func() int { return s[0] + t }
		t = f() + kind(P{i, 3})
	}
	return t
}

func escapes(n int) {
	for i := 0; i < n; i++ {
		v := P{i, 1}
		keep = &v
		keep = &P{i, 2}
		boxed = P{i, 3}
	}
}

func main() {
	local(3)
	escapes(3)
}
)";

}  // namespace

TEST_CASE("escape: what does not escape lives in the frame; what escapes goes through mallocgc") {
  lang::CompileOptions on;
  auto a = lang::compile_program(kFrameOrHeap, on);
  REQUIRE(a.module);
  lang::CompileOptions off;
  off.stack_allocation = false;
  auto b = lang::compile_program(kFrameOrHeap, off);
  REQUIRE(b.module);
  // main.local: &v, &P{...}, new(int), make([]int, 4), the closure and the box of
  // P{i, 3} are all local: no New, no MakeSlice, no heap closure, no heap box.
  CHECK(count_ops(*a.module, "main.local", vm::Op::New) == 0);
  CHECK(count_ops(*a.module, "main.local", vm::Op::MakeSlice) == 0);
  CHECK(count_ops(*a.module, "main.local", vm::Op::MakeClosure, 1) == 1);
  CHECK(count_ops(*a.module, "main.local", vm::Op::ConvIface, 1) == 1);
  CHECK(count_ops(*a.module, "main.local", vm::Op::FrameAddr) >= 4);
  // Without the decisions every one of them is a heap allocation.
  CHECK(count_ops(*b.module, "main.local", vm::Op::New) >= 3);
  CHECK(count_ops(*b.module, "main.local", vm::Op::MakeSlice) == 1);
  CHECK(count_ops(*b.module, "main.local", vm::Op::MakeClosure, 1) == 0);
  CHECK(count_ops(*b.module, "main.local", vm::Op::ConvIface, 1) == 0);
  // main.escapes: v (moved to heap), &P{...} and the box escape in both compiles.
  CHECK(count_ops(*a.module, "main.escapes", vm::Op::New) == 2);
  CHECK(count_ops(*a.module, "main.escapes", vm::Op::ConvIface, 1) == 0);
  CHECK(count_ops(*a.module, "main.escapes", vm::Op::ConvIface, 0) == 1);
}

TEST_CASE("escape: the decisions are keyed by source position and syntax kind") {
  lang::StackDecisions d;
  d.add(3, 7, 5, lang::StackDecisions::kAlloc);
  CHECK(d.has(3, 7, 5, lang::StackDecisions::kAlloc));
  CHECK_FALSE(d.has(3, 7, 5, lang::StackDecisions::kConv));
  CHECK_FALSE(d.has(3, 8, 5, lang::StackDecisions::kAlloc));
  CHECK_FALSE(d.has(4, 7, 5, lang::StackDecisions::kAlloc));
  CHECK_FALSE(d.has(3, 7, 6, lang::StackDecisions::kAlloc));
}

TEST_CASE("escape: closures capture by value what Go captures by value, so only the closure is allocated") {
  const char* src = R"(package main

type T struct{ a, b int }

var sink func() int

func byValue(n int) {
	x, t := n+1, T{n, 2}
	p := &T{3, 4}
	p.a = 5 // through a pointer: p itself is not reassigned
	sink = func() int { return x + t.b + p.a + n }
}

func byReference() {
	y := 1
	sink = func() int { y++; return y }
	var big [20]int
	sink = func() int { return big[3] }
}

func main() {
	byValue(1)
	byReference()
}
)";
  auto on = lang::compile_program(src);
  REQUIRE(on.module);
  // x, t, p and the parameter n are copied into the closure object: nothing but the
  // closure (and &T{3, 4}, which escapes through p) is allocated.
  CHECK(count_ops(*on.module, "main.byValue", vm::Op::New) == 1);
  CHECK(count_ops(*on.module, "main.byValue", vm::Op::MakeClosure, 0) == 1);
  // y is reassigned inside the closure and big is over 128 bytes: both get cells.
  CHECK(count_ops(*on.module, "main.byReference", vm::Op::New) == 2);
  lang::CompileOptions off;
  off.stack_allocation = false;  // without escape analysis every capture is a cell
  auto b = lang::compile_program(src, off);
  REQUIRE(b.module);
  CHECK(count_ops(*b.module, "main.byValue", vm::Op::New) == 5);
}
