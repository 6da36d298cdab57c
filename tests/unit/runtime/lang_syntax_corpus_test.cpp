// lang_syntax_corpus_test.cpp — every tests/go/syntax/NAME.go must produce exactly the
// diagnostics real Go 1.23 printed (NAME.want, recorded by scripts/record-go-expected.sh).
// Invariant: the corpus is read from GS_GO_TESTS_DIR; the test fails if it is missing or small.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lang/parser.h"

namespace {

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("syntax corpus matches Go 1.23 byte for byte") {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(GS_GO_TESTS_DIR) / "syntax";
  REQUIRE(fs::is_directory(dir));
  std::vector<fs::path> programs;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".go") programs.push_back(entry.path());
  }
  std::sort(programs.begin(), programs.end());
  CHECK(programs.size() >= 40);
  int valid = 0;
  for (const auto& prog : programs) {
    fs::path want_path = prog;
    want_path.replace_extension(".want");
    INFO("program: " << prog.filename().string());
    REQUIRE(fs::exists(want_path));
    std::string want = read_all(want_path);
    auto result = gs::lang::parse_file("prog.go", read_all(prog));
    std::string got = gs::lang::format_diagnostics("prog.go", result.errors);
    CHECK(got == want);
    REQUIRE(result.file != nullptr);
    if (want.empty()) {
      ++valid;
      CHECK(result.ok());
      CHECK(!result.file->decls.empty());
    }
  }
  CHECK(valid >= 10);
}
