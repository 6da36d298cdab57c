// utf8.h — UTF-8 encoding for the front end (the part of Go's unicode/utf8 it needs).
// Invariant: append_utf8 always appends valid UTF-8; a value that is not a Unicode
// scalar value (a surrogate or > U+10FFFF) is written as U+FFFD, as Go's
// utf8.AppendRune does.
#pragma once
#include <cstdint>
#include <string>

namespace gs::lang {

void append_utf8(std::string& out, uint32_t rune);

}  // namespace gs::lang
