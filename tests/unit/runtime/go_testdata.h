// go_testdata.h — reads expected-output files that real Go 1.23 produced
// (tests/go/...), so runtime tests can compare our answers with Go's line by line.
#pragma once
#include <fstream>
#include <string>
#include <vector>

#ifndef GS_GO_TESTS_DIR
#error "GS_GO_TESTS_DIR must point at tests/go (tests/CMakeLists.txt defines it)"
#endif

namespace gs::testdata {

// Lines of tests/go/<relative>; empty if the file is missing (tests then fail on count).
inline std::vector<std::string> read_go_lines(const std::string& relative) {
  std::vector<std::string> lines;
  std::ifstream in(std::string(GS_GO_TESTS_DIR) + "/" + relative);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace gs::testdata
