// utf8.h — text helpers for the front end: UTF-8 encoding (the part of Go's unicode/utf8
// it needs) and the short escapes of Go's quoting (strconv.Quote / QuoteRune).
// Invariant: append_utf8 always appends valid UTF-8; a value that is not a Unicode
// scalar value (a surrogate or > U+10FFFF) is written as U+FFFD, as Go's
// utf8.AppendRune does.
#pragma once
#include <cstdint>
#include <string>

namespace gs::lang {

void append_utf8(std::string& out, uint32_t rune);

// The backslash escape Go's quoting uses for c inside a literal delimited by `quote`
// (' or "): \a \b \f \n \r \t \v, \\, and the escaped delimiter. nullptr if c has no
// such short escape (the caller then writes it plainly or as \x, \u, \U).
const char* go_short_escape(uint32_t c, char quote);

}  // namespace gs::lang

namespace gs::lang {
// Decodes one rune from p (n > 0 bytes) as Go's utf8.DecodeRune: an invalid or
// truncated encoding yields U+FFFD with width 1. Returns the width.
int decode_rune(const uint8_t* p, size_t n, uint32_t* rune);
}  // namespace gs::lang
