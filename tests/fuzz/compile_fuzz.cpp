// compile_fuzz.cpp — libFuzzer target over the compiler (issue 3): every input is Go
// source handed to gs::lang::compile_program, compiled and never run.
// Invariant checked: whatever the bytes, the compiler returns, without a crash, a
// sanitizer report, a leak or a hang, exactly one of a Module or a non-empty list of
// errors (compile.h's contract), and the errors format as Go prints them.
// With GS_FUZZ_PRINT=1 in the environment each input's errors are printed (to see what a
// saved input does: GS_FUZZ_PRINT=1 compile_fuzz FILE).
// Every input is compiled with escape analysis on (what `gopherscope run -m` does), so
// the recording hooks and lang/escape.cpp are fuzzed along with the checker.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "lang/compile.h"

static const bool print_errors = [] {
  const char* v = std::getenv("GS_FUZZ_PRINT");
  return v && *v && *v != '0';
}();

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  gs::lang::CompileOptions opts;
  opts.escape_messages = true;
  gs::lang::CompileResult r = gs::lang::compile_program(source, opts);
  if (r.module && !r.errors.empty()) {
    std::fprintf(stderr, "compile_fuzz: a Module and %zu error(s) for one input\n", r.errors.size());
    std::abort();
  }
  if (!r.module && r.errors.empty()) {
    std::fprintf(stderr, "compile_fuzz: neither a Module nor an error\n");
    std::abort();
  }
  std::string text = gs::lang::format_diagnostics(r.error_file, r.errors);
  if (!r.errors.empty() && text.empty()) {
    std::fprintf(stderr, "compile_fuzz: errors that format as nothing\n");
    std::abort();
  }
  if (print_errors) std::fprintf(stderr, "%s", r.module ? "compiled\n" : text.c_str());
  return 0;
}
