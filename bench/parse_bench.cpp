// parse_bench — parses Go files with Gopherscope's front end (runtime/lang) and reports
// throughput and every file it rejects. bench/parse.sh runs it beside Go's own parser
// (bench/go/parse_bench.go) on the same files and prints the ratio.
// Usage: gs_parse_bench [-quiet] FILE...   (a list of files; "-" reads names from stdin)
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "lang/parser.h"

int main(int argc, char** argv) {
  std::vector<std::string> names;
  bool quiet = false;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    if (a == "-quiet") {
      quiet = true;
    } else if (a == "-") {
      for (std::string line; std::getline(std::cin, line);)
        if (!line.empty()) names.push_back(line);
    } else {
      names.push_back(a);
    }
  }
  std::vector<std::string> sources;
  size_t bytes = 0;
  for (const auto& n : names) {
    std::ifstream in(n, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    sources.push_back(ss.str());
    bytes += sources.back().size();
  }
  // Sources are read first, so the timing covers parsing only (as the Go side does).
  int rejected = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (size_t i = 0; i < sources.size(); i++) {
    gs::lang::ParseResult r = gs::lang::parse_file(names[i], sources[i]);
    if (!r.ok()) {
      rejected++;
      if (!quiet) std::fprintf(stderr, "%s", gs::lang::format_diagnostics(names[i], r.errors).c_str());
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("gopherscope: %zu files, %.1f MB, %.3f s, %.1f MB/s, %d rejected\n", sources.size(), bytes / 1e6, secs,
              bytes / 1e6 / secs, rejected);
  return 0;
}
