// A run is honest while the VM is missing: it ends at once, says so on stderr, exit 1.
#include <doctest/doctest.h>

#include "run/run.h"

using namespace gs::run;

TEST_CASE("without a VM a run reports that Go was not run") {
  Run r;
  Program p;
  p.filename = "prog.go";
  p.source = "package main\nfunc main() { println(1) }\n";
  r.start(p);
  CHECK(r.state() == RunState::Exited);
  CHECK(r.exit_code() == 1);
  std::vector<OutputChunk> out;
  r.output().drain(out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].stream == Stream::Stderr);
  CHECK(out[0].text.find("the Go VM is not built yet") != std::string::npos);
  CHECK(out[0].text.find("prog.go") != std::string::npos);
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
