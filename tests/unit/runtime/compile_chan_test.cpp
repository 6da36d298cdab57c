// The compiler's side of goroutines and channels (lang/compile_chan.cpp): the
// instruction sequences vm/bytecode.h documents for make(chan), send, receive (with
// and without ok, discarded), close/len/cap, range over a channel, select (its case
// records and their pointer bits) and go/defer of functions, closures, methods,
// interface methods and builtins. Compile errors are checked against real Go by
// tests/go/typecheck (chan_*, go_stmt_errors, select_errors, range_chan_errors).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compile_test_util.h"
#include "lang/compile.h"
#include "vm/module.h"

using namespace gs;
using vm::Op;

namespace {

using test::compile_errors;
using test::compile_ok;

const vm::Func& func(const vm::Module& m, const std::string& name) {
  for (auto& f : m.funcs)
    if (f->name == name) return *f;
  FAIL("no function " << name);
  return *m.funcs[0];
}

int32_t func_index(const vm::Module& m, const std::string& name) {
  for (size_t i = 0; i < m.funcs.size(); i++)
    if (m.funcs[i]->name == name) return static_cast<int32_t>(i);
  FAIL("no function " << name);
  return -1;
}

std::vector<size_t> find_ops(const vm::Func& f, Op op) {
  std::vector<size_t> at;
  for (size_t i = 0; i < f.code.size(); i++)
    if (f.code[i].op == op) at.push_back(i);
  return at;
}

bool ptr_bit(const vm::Func& f, int32_t off) {
  size_t w = static_cast<size_t>(off) / 8;
  return w / 8 < f.ptrbits.size() && (f.ptrbits[w / 8] >> (w % 8) & 1);
}

}  // namespace

TEST_CASE("make(chan T) and make(chan T, n) emit MakeChan; send, receive, close, len and cap their ops") {
  auto m = compile_ok(R"(package main

func main() {
	n := 3
	c := make(chan int, n)
	u := make(chan int8)
	c <- 1
	v := <-c
	w, ok := <-c
	<-c
	b := <-u
	close(c)
	println(v, w, ok, b, len(c), cap(c))
}
)");
  const vm::Func& f = func(*m, "main.main");
  auto makes = find_ops(f, Op::MakeChan);
  REQUIRE(makes.size() == 2);
  CHECK(f.code[makes[0]].x == 1);  // buffered: c is the size slot
  CHECK(f.code[makes[1]].x == 0);  // unbuffered
  auto sends = find_ops(f, Op::ChanSend);
  REQUIRE(sends.size() == 1);
  auto recvs = find_ops(f, Op::ChanRecv);
  REQUIRE(recvs.size() == 4);
  CHECK(f.code[recvs[0]].c == -1);  // v := <-c: no ok
  CHECK(f.code[recvs[1]].c >= 0);   // w, ok := <-c
  CHECK(f.code[recvs[2]].a == -1);  // <-c as a statement: value dropped
  CHECK(f.code[recvs[2]].c == -1);
  // an int8 arrives at its Go size: the slot is sign-extended right after
  CHECK(f.code[recvs[3] + 1].op == Op::Ext1S);
  CHECK(f.code[recvs[3] + 1].a == f.code[recvs[3]].a);
  CHECK(find_ops(f, Op::ChanClose).size() == 1);
  auto lens = find_ops(f, Op::ChanLen);
  REQUIRE(lens.size() == 2);
  CHECK(f.code[lens[0]].x == 0);
  CHECK(f.code[lens[1]].x == 1);
}

TEST_CASE("range over a channel: ChanRecv with ok, exit when !ok, a fresh variable per iteration") {
  auto m = compile_ok(R"(package main

func main() {
	c := make(chan int)
	for v := range c {
		go func() { println(v) }()
		if v > 2 {
			continue
		}
	}
	for range c {
	}
}
)");
  const vm::Func& f = func(*m, "main.main");
  auto recvs = find_ops(f, Op::ChanRecv);
  REQUIRE(recvs.size() == 2);
  for (size_t r : recvs) {
    const vm::Instr& recv = f.code[r];
    REQUIRE(recv.c >= 0);
    const vm::Instr& exit = f.code[r + 1];
    CHECK(exit.op == Op::JmpIfNot);
    CHECK(exit.a == recv.c);
    // the loop's back edge (Poll; Jmp top) sits just before the exit target
    REQUIRE(exit.b >= 2);
    CHECK(f.code[exit.b - 1].op == Op::Jmp);
    CHECK(f.code[exit.b - 1].a == static_cast<int32_t>(r));
    CHECK(f.code[exit.b - 2].op == Op::Poll);
  }
  CHECK(f.code[recvs[1]].a == -1);  // for range c: the value is dropped
  // v is captured by a goroutine's closure by value, as Go captures it (never
  // reassigned): no cell, each closure object keeps its own copy of that iteration's v
  CHECK(find_ops(f, Op::New).empty());
  CHECK(find_ops(f, Op::MakeClosure).size() == 1);
}

TEST_CASE("select lays out 24-byte case records in source order, with exact pointer bits, then dispatches") {
  auto m = compile_ok(R"(package main

func main() {
	a := make(chan int)
	b := make(chan string, 1)
	for {
		select {
		case a <- 7:
		case s, ok := <-b:
			println(s, ok)
		case <-a:
			break
		default:
			return
		}
	}
}
)");
  const vm::Func& f = func(*m, "main.main");
  auto sel = find_ops(f, Op::Select);
  REQUIRE(sel.size() == 1);
  const vm::Instr& s = f.code[sel[0]];
  CHECK(s.b == 3);
  CHECK(s.x == 1);  // has a default
  for (int k = 0; k < 3; k++) {
    int32_t rec = s.a + 24 * k;
    CHECK(ptr_bit(f, rec));
    CHECK(ptr_bit(f, rec + 8));
    CHECK_FALSE(ptr_bit(f, rec + 16));
  }
  CHECK_FALSE(ptr_bit(f, s.c));
  CHECK_FALSE(ptr_bit(f, s.d));
  // each record's direction word: send 1, recv 2, recv 2; the discarded receive has no address
  std::vector<int64_t> dirs(3, 0);
  bool discard_addr_zero = false;
  for (size_t i = 0; i < sel[0]; i++) {
    const vm::Instr& in = f.code[i];
    for (int k = 0; k < 3; k++) {
      if (in.op == Op::Const64 && in.a == s.a + 24 * k + 16) dirs[k] = in.b;
      if (k == 2 && in.op == Op::Const64 && in.a == s.a + 24 * k + 8 && in.b == 0) discard_addr_zero = true;
    }
  }
  CHECK(dirs == std::vector<int64_t>{1, 2, 2});
  CHECK(discard_addr_zero);
  // dispatch: one JEqI per case on the chosen index, then the default
  for (int k = 0; k < 3; k++) {
    const vm::Instr& j = f.code[sel[0] + 1 + k];
    CHECK(j.op == Op::JEqI);
    CHECK(j.a == s.c);
    CHECK(j.b == k);
  }
  CHECK(f.code[sel[0] + 4].op == Op::Jmp);
}

TEST_CASE("select {} blocks forever: Select with no cases and no default") {
  auto m = compile_ok("package main\n\nfunc f() int {\n\tselect {}\n}\n\nfunc main() { f() }\n");
  const vm::Func& f = func(*m, "main.f");
  auto sel = find_ops(f, Op::Select);
  REQUIRE(sel.size() == 1);
  CHECK(f.code[sel[0]].b == 0);
  CHECK(f.code[sel[0]].x == 0);
}

TEST_CASE("go statements: functions, closures, methods, interface methods and builtins") {
  auto m = compile_ok(R"(package main

type I interface{ M(int) }
type T struct{ n int }

func (t T) M(x int) { println(t.n, x) }

func f(a int, s string) { println(a, s) }

func main() {
	go f(1, "a")
	g := func() {}
	go g()
	go T{5}.M(6)
	var i I = T{3}
	go i.M(4)
	go println("x", 2)
	c := make(chan int)
	defer close(c)
}
)");
  const vm::Func& f = func(*m, "main.main");
  auto gos = find_ops(f, Op::Go);
  REQUIRE(gos.size() == 5);
  CHECK(f.code[gos[0]].b == func_index(*m, "main.f"));
  CHECK(f.code[gos[1]].b == -1);  // a func value: c is its slot
  CHECK(f.code[gos[2]].b == func_index(*m, "main.T.M"));
  // i.M: a nil check in this goroutine, then the method value's closure
  CHECK(f.code[gos[3]].b == -1);
  CHECK(find_ops(f, Op::NilCheck).size() == 1);
  CHECK(find_ops(f, Op::CallIface).empty());
  // go println(...): a func() closure over the evaluated arguments (Go's gowrapN,
  // numbered with the other wrapped go/defer calls) that prints them
  CHECK(f.code[gos[4]].b == -1);
  const vm::Func& w = func(*m, "main.main.gowrap4");
  CHECK(w.type->func_type()->in.empty());
  CHECK(find_ops(w, Op::Print).size() == 2);
  // closures: i.M's method value and close's wrapper (println's arguments are constants: a static funcval)
  CHECK(find_ops(f, Op::MakeClosure).size() == 2);
  // defer close(c): a deferred closure (kind 1) that closes the captured channel
  auto defers = find_ops(f, Op::Defer);
  REQUIRE(defers.size() == 1);
  CHECK(f.code[defers[0]].x == 1);
  const vm::Func& dw = func(*m, "main.main.deferwrap5");
  CHECK(find_ops(dw, Op::ChanClose).size() == 1);
}

TEST_CASE("channel compile errors use types2's wording") {
  auto errs = compile_errors(R"(package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1
	_ = <-s
	close(r)
	for range s {
	}
	go len("x")
	go int(1)
}
)");
  std::vector<std::string> want = {
      "6:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)",
      "7:8: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)",
      "8:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)",
      "9:12: cannot range over s (variable of type chan<- int): receive from send-only channel",
      "11:5: go discards result of len(\"x\") (constant 1 of type int)",
      "12:5: go requires function call, not conversion int(1) (constant 1 of type int)",
  };
  CHECK(errs == want);
}
