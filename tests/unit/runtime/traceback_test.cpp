// traceback_test.cpp — vm/traceback: pc values round-trip to their functions and
// lines, the frame walk reads frame headers (with runtime.gopanic between a panicking
// frame and its deferred call, runtime.main/goexit at the bottom), and the traceback
// text has Go's shape. Whole programs (runtime.Caller, Stack, debug.Stack against real
// Go) are in tests/go/run/runtime_*.go.
#include <doctest/doctest.h>

#include <cstring>
#include <vector>

#include "vm/interp.h"
#include "vm/memory.h"
#include "vm/panic.h"
#include "vm/traceback.h"

using namespace gs::vm;

namespace {

std::unique_ptr<Func> make_func(const std::string& name, int decl_line, size_t ninstr, std::vector<LineEntry> lines) {
  auto f = std::make_unique<Func>();
  f->name = name;
  f->decl_line = decl_line;
  f->code.resize(ninstr);
  f->lines = std::move(lines);
  f->frame_size = kFrameHeader;
  return f;
}

// Writes a frame header at fp: caller's fp, Func*, pc | flags << 32.
void header(uint8_t* fp, uint8_t* caller_fp, const Func* caller, uint32_t pc, uint32_t flags) {
  st<gs::types::Word>(fp + kSavedFp, word(caller_fp));
  st<gs::types::Word>(fp + kSavedFunc, word(caller));
  st<uint64_t>(fp + kSavedPc, uint64_t{pc} | (uint64_t{flags} << 32));
  st<gs::types::Word>(fp + kClosureCtx, 0);
}

}  // namespace

TEST_CASE("traceback: pcs name their function and line") {
  Module m;
  m.funcs.push_back(make_func("main.main", 10, 8, {{0, 10}, {3, 12}, {6, 13}}));
  m.funcs.push_back(make_func("main.f", 20, 4, {{0, 21}}));
  StackFrame fr;
  fr.fn = m.funcs[0].get();
  fr.pc = 4;  // the instruction after a call at index 3 (line 12)
  uint64_t pc = frame_pc(m, fr);
  CHECK(pc == kTextBase + 16);
  PcFunc pf;
  REQUIRE(lookup_pc(m, pc, &pf));
  CHECK(pf.fn == m.funcs[0].get());
  CHECK(pf.entry == kTextBase);
  CHECK(pc_func_name(pf) == "main.main");
  CHECK(pc_func_file(pf) == "prog.go");
  CHECK(pc_func_line(pf, pc - 1) == 12);  // CallersFrames backs into the call
  CHECK(pc_func_line(pf, pc + 8) == 13);

  fr.fn = m.funcs[1].get();
  fr.pc = 1;
  REQUIRE(lookup_pc(m, frame_pc(m, fr), &pf));
  CHECK(pf.fn == m.funcs[1].get());
  CHECK(pf.entry == kTextBase + kFuncSpan);

  CHECK_FALSE(lookup_pc(m, 0, &pf));
  CHECK_FALSE(lookup_pc(m, kTextBase + 2 * kFuncSpan, &pf));  // no third function
  CHECK_FALSE(lookup_pc(m, kTextBase + 100, &pf));              // past main.main's code

  StackFrame s;
  s.synthetic = SyntheticFunc::Gopanic;
  REQUIRE(lookup_pc(m, frame_pc(m, s), &pf));
  CHECK(pf.fn == nullptr);
  CHECK(pc_func_name(pf) == "runtime.gopanic");
  CHECK(pc_func_file(pf) == "/usr/lib/go-1.23/src/runtime/panic.go");
  CHECK(pc_func_line(pf, frame_pc(m, s)) == 785);
}

TEST_CASE("traceback: the walk and Go's text") {
  Module m;
  m.funcs.push_back(make_func("main.main", 10, 8, {{0, 11}, {5, 14}}));
  m.funcs.push_back(make_func("main.main.func1", 12, 4, {{0, 13}}));
  m.funcs.push_back(make_func("main.(*T).M", 30, 6, {{0, 31}, {2, 32}}));
  for (auto& f : m.funcs) {
    f->type = m.universe.func_of({}, {}, false);
    f->file = "/tmp/prog.go";
  }
  std::vector<uint8_t> stack(1024, 0);
  uint8_t* bottom = stack.data() + 768;  // main.main's frame
  uint8_t* mid = stack.data() + 512;     // main.(*T).M, called at main.main's instruction 5
  uint8_t* top = stack.data() + 256;     // main.main.func1, a deferred call run by a panic in M
  header(bottom, nullptr, nullptr, 0, kFrameHostCall);
  header(mid, bottom, m.funcs[0].get(), 6, 0);
  header(top, mid, m.funcs[2].get(), 3, kFramePanicDefer);

  G g;
  g.goid.store(1);
  g.is_main = true;
  g.fn = m.funcs[1].get();
  g.pc = 2;
  g.fp = top;
  Panic p;
  p.value.type = 0x1234;
  p.value.data = 0x5678;
  g.panic = &p;

  FrameCursor c(g, true);
  StackFrame f;
  std::vector<std::string> names;
  while (c.next(&f)) names.push_back(f.fn ? f.fn->name : std::to_string(static_cast<int>(f.synthetic)));
  CHECK(names == std::vector<std::string>{"main.main.func1", std::to_string(static_cast<int>(SyntheticFunc::Gopanic)),
                                          "main.(*T).M", "main.main",
                                          std::to_string(static_cast<int>(SyntheticFunc::Main)),
                                          std::to_string(static_cast<int>(SyntheticFunc::Goexit0))});

  std::string out;
  print_goroutine(m, g, out, "running");
  CHECK(out ==
        "goroutine 1 [running]:\n"
        "main.main.func1()\n\t/tmp/prog.go:13 +0x8\n"
        "panic({0x1234?, 0x5678?})\n\t/usr/lib/go-1.23/src/runtime/panic.go:785 +0x132\n"
        "main.(*T).M()\n\t/tmp/prog.go:32 +0xc\n"
        "main.main()\n\t/tmp/prog.go:14 +0x18\n");
}

TEST_CASE("traceback: over 100 frames print 50, the count elided, then 50") {
  Module m;
  m.funcs.push_back(make_func("main.rec", 5, 4, {{0, 6}}));
  m.funcs[0]->type = m.universe.func_of({}, {}, false);
  const int depth = 130;
  std::vector<uint8_t> stack(64 * (depth + 1), 0);
  std::vector<uint8_t*> fps;
  for (int i = 0; i < depth; i++) fps.push_back(stack.data() + 64 * i);  // fps[0] innermost
  for (int i = 0; i < depth; i++)
    header(fps[i], i + 1 < depth ? fps[i + 1] : nullptr, i + 1 < depth ? m.funcs[0].get() : nullptr, 2,
           i + 1 < depth ? 0 : kFrameHostCall);
  G g;
  g.goid.store(7);
  g.fn = m.funcs[0].get();
  g.pc = 2;
  g.fp = fps[0];
  std::string out;
  print_frames(m, g, out);
  size_t lines = 0;
  for (char ch : out) lines += ch == '\n';
  CHECK(lines == 100 * 2 + 1);
  CHECK(out.find("...30 frames elided...\n") != std::string::npos);
}

TEST_CASE("traceback: the stack builtins are known by name") {
  for (const char* n : {"runtime.Caller", "runtime.Callers", "runtime.Stack", "runtime.FuncForPC",
                        "runtime.funcName", "runtime.funcEntry", "runtime.funcFileLine", "runtime/debug.Stack"})
    CHECK(is_stack_builtin(n));
  CHECK_FALSE(is_stack_builtin("runtime.Gosched"));
  CHECK_FALSE(is_stack_builtin("runtime/debug.PrintStack"));  // Go code in the prelude
}

TEST_CASE("traceback: GOTRACEBACK levels encode and decode as Go's traceback_cache") {
  for (const char* level : {"none", "single", "all", "system", "crash"})
    CHECK(traceback_name(parse_traceback(level)) == level);
  CHECK(traceback_name(parse_traceback("")) == "single");
  CHECK(traceback_name(parse_traceback("2")) == "system");    // a number is "all" at that level
  CHECK(traceback_name(parse_traceback("1")) == "all");
  CHECK(traceback_name(parse_traceback("bogus")) == "none");  // Go: tracebackAll at level 0
  // debug.SetTraceback ORs in the environment's bits: it raises, never lowers
  uint32_t env = parse_traceback("all");
  CHECK(traceback_name(parse_traceback("single") | env) == "all");
  CHECK(traceback_name(parse_traceback("none") | env) == "all");
  CHECK(traceback_name(parse_traceback("system") | env) == "system");
  CHECK(traceback_name(parse_traceback("all") | parse_traceback("single")) == "all");
}
