// parser.h — recursive-descent parser for Go source files (the role of Go's
// cmd/compile/internal/syntax/parser.go and branches.go) and the front end's public entry.
// Invariant: parse_file always returns a File (possibly partial) and the diagnostics that
// Go 1.23's `go build` prints for the same source — same text, positions, order and limit.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "ast.h"
#include "diag.h"

namespace gs::lang {

struct ParseResult {
  std::unique_ptr<File> file;        // never null; partial when errors is non-empty
  std::vector<Diagnostic> errors;    // Go's order and limit (see DiagnosticList::finish)
  bool ok() const { return errors.empty(); }
};

// Parses one file. filename is used only for messages; the source is copied into the File.
ParseResult parse_file(std::string_view filename, std::string_view source);

}  // namespace gs::lang
