// Generics in the compiler (lang/compile_generic.cpp): one instance per distinct tuple
// of type arguments, cached; each instance a complete function with its own frame
// pointer bitmap and line table; instance and method names as Go prints them; instance
// types named like reflect's String(); errors instead of crashes on misuse. Messages are
// checked against real Go by tests/go/typecheck (generic_*), behaviour by
// tests/go/run (generic_*).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compile_test_util.h"
#include "lang/compile.h"
#include "vm/bytecode.h"
#include "vm/module.h"

using namespace gs;

namespace {

using test::compile_errors;
using test::compile_ok;

std::vector<const vm::Func*> funcs_named(const vm::Module& m, const std::string& name) {
  std::vector<const vm::Func*> out;
  for (auto& f : m.funcs)
    if (f->name == name) out.push_back(f.get());
  return out;
}

bool frame_word_is_pointer(const vm::Func& f, int32_t off) {
  size_t w = static_cast<size_t>(off) / 8;
  return w / 8 < f.ptrbits.size() && ((f.ptrbits[w / 8] >> (w % 8)) & 1);
}

}  // namespace

TEST_CASE("generic functions: one cached instance per type argument tuple") {
  auto m = compile_ok(R"(package main

func Id[T any](x T) T { return x }

func main() {
	_ = Id(1)
	_ = Id(2)
	_ = Id[int](3)
	_ = Id("s")
	_ = Id(1.5)
}
)");
  auto inst = funcs_named(*m, "main.Id[...]");
  REQUIRE(inst.size() == 3);  // int, string, float64
  std::vector<std::string> sigs;
  for (auto* f : inst) {
    REQUIRE(f->type);
    sigs.push_back(f->type->str);
    CHECK_FALSE(f->lines.empty());
    CHECK_FALSE(f->code.empty());
  }
  CHECK(std::count(sigs.begin(), sigs.end(), "func(int) int") == 1);
  CHECK(std::count(sigs.begin(), sigs.end(), "func(string) string") == 1);
  CHECK(std::count(sigs.begin(), sigs.end(), "func(float64) float64") == 1);
}

TEST_CASE("generic instances get their own frame pointer bitmaps") {
  auto m = compile_ok(R"(package main

func Keep[T any](x T) T { return x }

func main() {
	_ = Keep(1)
	_ = Keep("s")
}
)");
  const vm::Func* fi = nullptr;
  const vm::Func* fs = nullptr;
  for (auto* f : funcs_named(*m, "main.Keep[...]")) {
    if (f->type->str == "func(int) int") fi = f;
    if (f->type->str == "func(string) string") fs = f;
  }
  REQUIRE(fi);
  REQUIRE(fs);
  // the parameter is the first word of the argument area, after the frame header
  CHECK_FALSE(frame_word_is_pointer(*fi, vm::kFrameHeader));
  CHECK(frame_word_is_pointer(*fs, vm::kFrameHeader));       // string data pointer
  CHECK_FALSE(frame_word_is_pointer(*fs, vm::kFrameHeader + 8));  // string length
}

TEST_CASE("methods of generic types are instantiated with their type") {
  auto m = compile_ok(R"(package main

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }
func (l List[T]) Len() int  { return len(l.items) }

func main() {
	var a List[int]
	var b List[string]
	var c List[int]
	a.Push(1)
	b.Push("x")
	c.Push(2)
	_ = a.Len() + b.Len() + c.Len()
}
)");
  CHECK(funcs_named(*m, "main.(*List[...]).Push").size() == 2);
  CHECK(funcs_named(*m, "main.List[...].Len").size() == 2);
  bool found = false;
  for (auto* f : funcs_named(*m, "main.(*List[...]).Push"))
    if (f->type->str == "func(*main.List[string], string)") found = true;
  CHECK(found);
}

TEST_CASE("generic misuse is a compile error, never a crash") {
  CHECK(compile_errors("package main\n\nfunc F[T Undefined](x T) {}\n\nfunc main() { F(1) }\n") ==
        std::vector<std::string>{"3:10: undefined: Undefined"});
  CHECK(compile_errors("package main\n\nfunc Id[T any](x T) T { return x }\n\nfunc main() {\n\tf := Id\n\t_ = f\n}\n") ==
        std::vector<std::string>{"6:7: cannot use generic function Id without instantiation"});
  CHECK(compile_errors("package main\n\nfunc F[T any](n int) {\n\tif n > 0 {\n\t\tF[[]T](n - 1)\n\t}\n}\n\n"
                       "func main() { F[int](1) }\n") == std::vector<std::string>{"3:8: instantiation cycle:\n\tprog.go:5:5: T instantiated as []T"});
  // a generic body is checked even when nothing instantiates it
  CHECK(compile_errors("package main\n\nfunc G[T any](x T) {\n\ty := x\n}\n\nfunc main() {}\n") ==
        std::vector<std::string>{"4:2: declared and not used: y"});
}
