// A run compiles and executes Go on its own thread; compile errors are Go's.
#include <doctest/doctest.h>

#include <chrono>
#include <thread>

#include "run/run.h"

using namespace gs::run;

static void wait_exit(Run& r) {
  for (int i = 0; i < 5000 && r.state() != RunState::Exited; i++) std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

TEST_CASE("a run executes the program on its own thread: println writes to stderr, exit 0") {
  Run r;
  Program p;
  p.filename = "prog.go";
  p.source = "package main\nfunc main() { println(1, \"two\") }\n";
  r.start(p);
  wait_exit(r);
  CHECK(r.state() == RunState::Exited);
  CHECK(r.exit_code() == 0);
  std::vector<OutputChunk> out;
  r.output().drain(out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].stream == Stream::Stderr);
  CHECK(out[0].text == "1 two\n");
}

TEST_CASE("Stop ends a runaway loop and the run reports an exit") {
  Run r;
  Program p;
  p.source = "package main\nfunc main() { x := 0\n for { x++\n if x < 0 { println(x) } } }\n";
  r.start(p);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  CHECK(r.state() == RunState::Running);
  r.stop();
  wait_exit(r);
  CHECK(r.state() == RunState::Exited);
}

TEST_CASE("a program with syntax errors gets Go's errors, as go run prints them, and the editor's marker") {
  Run r;
  Program p;
  p.filename = "prog.go";
  p.source = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1 +\n\tfmt.Println(\"hi\"\n}\n";
  r.start(p);
  CHECK(r.state() == RunState::Exited);
  CHECK(r.exit_code() == 1);
  std::vector<OutputChunk> out;
  r.output().drain(out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].stream == Stream::Stderr);
  // Recorded from Go 1.23.5: go build prog.go
  CHECK(out[0].text ==
        "# command-line-arguments\n"
        "./prog.go:7:18: syntax error: unexpected newline in argument list; possibly missing comma or )\n");
  REQUIRE(r.diagnostics().size() == 1);
  CHECK(r.diagnostics()[0].line == 7);
  CHECK(r.diagnostics()[0].col == 18);
}

TEST_CASE("the output pipe merges adjacent writes per stream and drains without blocking") {
  OutputPipe pipe;
  pipe.write(Stream::Stdout, "a");
  pipe.write(Stream::Stdout, "b");
  pipe.write(Stream::Stderr, "c");
  pipe.write(Stream::Stdout, "d");
  std::vector<OutputChunk> out;
  REQUIRE(pipe.try_drain(out));
  REQUIRE(out.size() == 3);
  CHECK(out[0].text == "ab");
  CHECK(out[1].stream == Stream::Stderr);
  CHECK(out[2].text == "d");
  out.clear();
  CHECK(pipe.try_drain(out));
  CHECK(out.empty());
}

TEST_CASE("a heap blow-up ends in Go's out-of-memory fatal error, and the next run works") {
  Program p;
  p.heap_limit = 32 << 20;  // the playground's cap, small for the test
  p.source =
      "package main\n\nfunc main() {\n\tvar keep [][]byte\n\tfor {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n}\n";
  {
    Run r;
    r.start(p);
    wait_exit(r);
    REQUIRE(r.state() == RunState::Exited);
    CHECK(r.exit_code() == 2);
    std::vector<OutputChunk> out;
    r.output().drain(out);
    std::string err;
    for (auto& c : out)
      if (c.stream == Stream::Stderr) err += c.text;
    CHECK(err.rfind("runtime: out of memory: cannot allocate ", 0) == 0);
    CHECK(err.find("\nfatal error: out of memory\n\ngoroutine 1 [running]:\nmain.main()") != std::string::npos);
  }
  Run again;
  Program ok;
  ok.source = "package main\nfunc main() { println(\"still here\") }\n";
  again.start(ok);
  wait_exit(again);
  CHECK(again.exit_code() == 0);
}
