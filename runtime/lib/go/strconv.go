// strconv.go — Gopherscope's package strconv (Go 1.23 semantics). The number and
// quoting work is done by natives (lib/strconv.cpp over lib/strconv_format.cpp);
// this file turns their result codes into Go's *NumError values, so errors.Is with
// ErrRange / ErrSyntax works as in Go.
//
// Invariant: every result, error text and panic matches Go 1.23's strconv.
// Not provided: QuoteToGraphic, IsGraphic, QuotedPrefix, AppendQuoteToGraphic,
// ParseComplex.
package strconv

import "errors"

// IntSize is the size in bits of an int (amd64 layout).
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// ---- natives ----
// (Every parameter and result but the last of each list is 8 bytes wide, so the frame
// layout is the same under natural alignment and one slot per value.)

// formatInt/formatUint panic on a base outside 2..36.
func formatInt(i int64, base int) string
func formatUint(u uint64, base int) string

// formatFloat panics on a bitSize other than 32 and 64.
func formatFloat(f float64, fmt byte, prec int, bitSize int) string

// The parse natives return Go's value for the outcome and a code: 0 ok, 1 syntax,
// 2 range, 3 invalid base, 4 invalid bit size.
func parseInt(s string, base int, bitSize int) (i int64, code int)
func parseUint(s string, base int, bitSize int) (u uint64, code int)
func parseFloat(s string, bitSize int) (f float64, code int)

func quote(s string, ascii bool) string
func quoteRune(r int, ascii bool) string

// unquote is Unquote; ok false means ErrSyntax.
func unquote(s string) (out string, ok bool)

// unquoteChar is UnquoteChar; consumed is how many bytes of s it read.
func unquoteChar(s string, quote byte) (value int, multibyte bool, consumed int, ok bool)

// CanBackquote reports whether s can be written as a single-line raw string literal.
func CanBackquote(s string) bool

// IsPrint reports whether r is printable as Go defines it (unicode.IsPrint).
func IsPrint(r rune) bool

// ---- errors ----

func numError(fn, s string, code int, base int, bitSize int) error {
	var err error
	switch code {
	case 1:
		err = ErrSyntax
	case 2:
		err = ErrRange
	case 3:
		err = errors.New("invalid base " + Itoa(base))
	default:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{Func: fn, Num: s, Err: err}
}

// ---- formatting ----

func FormatInt(i int64, base int) string   { return formatInt(i, base) }
func FormatUint(i uint64, base int) string { return formatUint(i, base) }
func Itoa(i int) string                    { return formatInt(int64(i), 10) }

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return formatFloat(f, fmt, prec, bitSize)
}

// FormatComplex formats c as "(a+bi)": each part as FormatFloat would with half the
// bit size (complex64's parts are float32s); the imaginary part always carries a sign.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	re := formatFloat(real(c), fmt, prec, bitSize/2)
	im := formatFloat(imag(c), fmt, prec, bitSize/2)
	if im[0] != '-' && im[0] != '+' {
		im = "+" + im
	}
	return "(" + re + im + "i)"
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, formatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, formatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, formatFloat(f, fmt, prec, bitSize)...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// ---- parsing ----

func ParseInt(s string, base int, bitSize int) (int64, error) {
	i, code := parseInt(s, base, bitSize)
	if code != 0 {
		return i, numError("ParseInt", s, code, base, bitSize)
	}
	return i, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	u, code := parseUint(s, base, bitSize)
	if code != 0 {
		return u, numError("ParseUint", s, code, base, bitSize)
	}
	return u, nil
}

func Atoi(s string) (int, error) {
	i, code := parseInt(s, 10, 0)
	if code != 0 {
		return int(i), numError("Atoi", s, code, 10, 0)
	}
	return int(i), nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != 0 {
		return f, numError("ParseFloat", s, code, 10, bitSize)
	}
	return f, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{Func: "ParseBool", Num: str, Err: ErrSyntax}
}

// ---- quoting ----

func Quote(s string) string          { return quote(s, false) }
func QuoteToASCII(s string) string   { return quote(s, true) }
func QuoteRune(r rune) string        { return quoteRune(int(r), false) }
func QuoteRuneToASCII(r rune) string { return quoteRune(int(r), true) }

func AppendQuote(dst []byte, s string) []byte { return append(dst, quote(s, false)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, quote(s, true)...) }

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, quoteRune(int(r), false)...)
}

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, quoteRune(int(r), true)...)
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string
// literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	out, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// UnquoteChar decodes the first character or byte in the escaped string or character
// literal represented by the string s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, n, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return rune(v), mb, s[n:], nil
}
