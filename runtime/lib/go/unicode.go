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

// The natives (lowercase); the exported functions below wrap them so that they
// can be passed as func values (strings.FieldsFunc(s, unicode.IsSpace)).
func isLetter(r rune) bool
func isDigit(r rune) bool
func isNumber(r rune) bool
func isSpace(r rune) bool
func isUpper(r rune) bool
func isLower(r rune) bool
func isTitle(r rune) bool
func isPunct(r rune) bool
func isSymbol(r rune) bool
func isMark(r rune) bool
func isControl(r rune) bool
func isPrint(r rune) bool
func isGraphic(r rune) bool
func toUpper(r rune) rune
func toLower(r rune) rune
func toTitle(r rune) rune
func simpleFold(r rune) rune

func IsLetter(r rune) bool  { return isLetter(r) }  // category L
func IsDigit(r rune) bool   { return isDigit(r) }   // category Nd
func IsNumber(r rune) bool  { return isNumber(r) }  // category N
func IsSpace(r rune) bool   { return isSpace(r) }   // Unicode White_Space
func IsUpper(r rune) bool   { return isUpper(r) }   // category Lu
func IsLower(r rune) bool   { return isLower(r) }   // category Ll
func IsTitle(r rune) bool   { return isTitle(r) }   // category Lt
func IsPunct(r rune) bool   { return isPunct(r) }   // category P
func IsSymbol(r rune) bool  { return isSymbol(r) }  // category S
func IsMark(r rune) bool    { return isMark(r) }    // category M
func IsControl(r rune) bool { return isControl(r) } // C0 and C1 controls (Latin-1 only, as Go)
func IsPrint(r rune) bool   { return isPrint(r) }   // L, M, N, P, S and ASCII space
func IsGraphic(r rune) bool { return isGraphic(r) } // L, M, N, P, S, Zs

func ToUpper(r rune) rune { return toUpper(r) }
func ToLower(r rune) rune { return toLower(r) }
func ToTitle(r rune) rune { return toTitle(r) }

// SimpleFold returns the next rune after r in r's case-folding orbit (wrapping
// to the smallest), or r itself if it has no other case forms.
func SimpleFold(r rune) rune { return simpleFold(r) }

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
