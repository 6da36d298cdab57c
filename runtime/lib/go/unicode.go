// unicode.go — Gopherscope's package unicode: character classes and case mapping
// for single runes. The classification and case functions are natives over
// compact range tables generated from Go 1.23's own tables (Unicode 15.0.0), in
// lib/strings.cpp (unicode_natives()). The RangeTable variables (unicode.Letter,
// unicode.Is, unicode.In) are not provided.
//
// Invariant: every function answers exactly as Go 1.23's unicode package does for
// every int32 value, including negative and out-of-range runes.
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // stands for an invalid code point
	MaxASCII        = '\u007F'     // the largest ASCII value
	MaxLatin1       = '\u00FF'     // the largest Latin-1 value
)

// Indexes into a case-delta triple, as in Go (To's first argument).
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition the tables come from.
const Version = "15.0.0"

func IsLetter(r rune) bool  // category L
func IsDigit(r rune) bool   // category Nd
func IsNumber(r rune) bool  // category N
func IsSpace(r rune) bool   // Unicode White_Space
func IsUpper(r rune) bool   // category Lu
func IsLower(r rune) bool   // category Ll
func IsTitle(r rune) bool   // category Lt
func IsPunct(r rune) bool   // category P
func IsSymbol(r rune) bool  // category S
func IsMark(r rune) bool    // category M
func IsControl(r rune) bool // C0 and C1 controls (Latin-1 only, as Go)
func IsPrint(r rune) bool   // L, M, N, P, S and ASCII space
func IsGraphic(r rune) bool // L, M, N, P, S, Zs

func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune

// SimpleFold returns the next rune after r in r's case-folding orbit (wrapping
// to the smallest), or r itself if it has no other case forms.
func SimpleFold(r rune) rune

// To maps r to the case _case (UpperCase, LowerCase or TitleCase); any other
// _case yields ReplacementChar, as in Go.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
