// compile_test_util.h — helpers for doctests that compile Go source: the module of a
// program that must compile, or the "line:col: message" list of one that must not.
#pragma once
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "lang/compile.h"
#include "vm/module.h"

namespace gs::test {

inline std::unique_ptr<vm::Module> compile_ok(const std::string& src) {
  lang::CompileResult r = lang::compile_program(src);
  for (auto& e : r.errors) INFO(e.line << ":" << e.col << ": " << e.msg);
  REQUIRE(r.errors.empty());
  REQUIRE(r.module);
  return std::move(r.module);
}

inline std::vector<std::string> compile_errors(const std::string& src) {
  lang::CompileResult r = lang::compile_program(src);
  std::vector<std::string> out;
  for (auto& e : r.errors) out.push_back(std::to_string(e.line) + ":" + std::to_string(e.col) + ": " + e.msg);
  return out;
}

}  // namespace gs::test
