// strconv_format.h — Go 1.23's strconv number and quoting rules in plain C++ (no Go
// values, no allocation through the Go heap): integer and float formatting, parsing
// with Go's error classes, and Quote/QuoteRune/QuoteToASCII/CanBackquote/IsPrint.
// fmt_format and the strconv natives both build on it.
//
// Invariants:
//  * Every result is byte-for-byte what Go 1.23's strconv produces for the same
//    arguments. Floats are converted exactly (big-integer decimal expansion), so
//    shortest output is the shortest decimal that rounds back to the same float and,
//    among those, the closest; fixed-precision output is correctly rounded, ties to
//    even on the exact binary value — as Go's Ryu and big-decimal paths both do.
//  * Nothing here depends on the C locale or on floating std::to_chars (Emscripten's
//    libc++ lacks it).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace gs::lib::strconv {

// ---- integers ----
// Go's FormatInt/FormatUint: base 2..36, lower-case digits. The caller checks the base
// (Go panics "strconv: illegal AppendInt/FormatInt base").
std::string format_int(int64_t value, int base);
std::string format_uint(uint64_t value, int base);

// ---- floats ----
// Go's FormatFloat(value, fmt, prec, bit_size) for fmt 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X';
// prec < 0 means the shortest representation that round-trips at bit_size (32 or 64;
// for 32 the value is first converted to float32). An unknown fmt gives "%" + fmt, as
// Go does. The caller checks bit_size (Go panics on anything but 32 and 64).
std::string format_float(double value, char fmt, int prec, int bit_size);

// ---- parsing ----
// Outcome classes of Go's parse functions; the Go prelude turns them into *NumError.
enum class ParseError : int {
  kNone = 0,
  kSyntax = 1,    // strconv.ErrSyntax
  kRange = 2,     // strconv.ErrRange (the value is clamped / ±Inf, as Go returns it)
  kBase = 3,      // "invalid base N"
  kBitSize = 4,   // "invalid bit size N"
};

// Go's ParseInt / ParseUint (base 0 or 2..36; bit_size 0 means 64). On error the value
// is what Go returns: 0 for syntax/base/bit-size errors, the clamped limit for range.
ParseError parse_int(std::string_view s, int base, int bit_size, int64_t* out);
ParseError parse_uint(std::string_view s, int base, int bit_size, uint64_t* out);
// Go's ParseFloat: decimal and hex (0x...p...) forms, underscores per Go's rules,
// "inf"/"infinity"/"nan" in any case. bit_size 32 rounds directly to float32.
// Range errors return ±Inf; syntax errors return 0.
ParseError parse_float(std::string_view s, int bit_size, double* out);

// ---- quoting ----
// Go's unicode.IsPrint as strconv uses it (letters, marks, numbers, punctuation,
// symbols and U+0020).
bool is_print(uint32_t rune);
// Go's Quote (ascii_only=false) and QuoteToASCII (ascii_only=true).
std::string quote(std::string_view s, bool ascii_only);
// Go's QuoteRune / QuoteRuneToASCII; an invalid rune becomes U+FFFD.
std::string quote_rune(int32_t rune, bool ascii_only);
// Go's CanBackquote: a single-line string without control characters other than tab,
// backquote, invalid UTF-8 or U+FEFF.
bool can_backquote(std::string_view s);

// Go's UnquoteChar: decodes the first character or escape of s (the body of a literal
// quoted with `quote`: '\'', '"' or 0). On success stores the rune, whether it must be
// written as UTF-8 (multibyte) and how many bytes were consumed; false is ErrSyntax.
bool unquote_char(std::string_view s, char quote, uint32_t* value, bool* multibyte, size_t* consumed);
// Go's Unquote: the value of a Go string, rune or raw-string literal that must make up
// all of s; false is ErrSyntax.
bool unquote(std::string_view s, std::string* out);

// ---- UTF-8 as Go decodes it ----
// Decodes the rune at s[0..]; an invalid or empty sequence yields U+FFFD with width 1
// (0 for empty input), as utf8.DecodeRuneInString.
uint32_t decode_rune(std::string_view s, int* width);
// Appends r encoded as UTF-8 (invalid runes as U+FFFD), as utf8.AppendRune.
void append_rune(std::string& out, uint32_t r);
// utf8.RuneCountInString.
int64_t rune_count(std::string_view s);

}  // namespace gs::lib::strconv
