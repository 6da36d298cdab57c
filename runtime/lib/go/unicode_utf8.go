// unicode_utf8.go — Gopherscope's package unicode/utf8, written wholly in Go.
//
// Invariant: decoding accepts exactly what Go 1.23 accepts (no overlong forms, no
// surrogate halves, nothing above MaxRune); every malformed sequence decodes as
// (RuneError, 1) and an empty input as (RuneError, 0), as in Go.
package utf8

const (
	RuneError = '\uFFFD'     // the "replacement character"
	RuneSelf  = 0x80         // bytes below this are single-byte runes (ASCII)
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the most bytes one rune takes
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// continuation reports whether b is a 10xxxxxx byte.
func continuation(b byte) bool {
	return b&0xC0 == 0x80
}

// decodeAt decodes the rune starting at s[i] (i < len(s)) for strings.
func decodeAt(s string, i int) (rune, int) {
	b0 := s[i]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	n := len(s) - i
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF:
		if n < 2 || !continuation(s[i+1]) {
			return RuneError, 1
		}
		return rune(b0&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case b0 >= 0xE0 && b0 <= 0xEF:
		if n < 3 {
			return RuneError, 1
		}
		b1, b2 := s[i+1], s[i+2]
		if !continuation(b1) || !continuation(b2) {
			return RuneError, 1
		}
		if b0 == 0xE0 && b1 < 0xA0 { // overlong
			return RuneError, 1
		}
		if b0 == 0xED && b1 > 0x9F { // surrogate half
			return RuneError, 1
		}
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	case b0 >= 0xF0 && b0 <= 0xF4:
		if n < 4 {
			return RuneError, 1
		}
		b1, b2, b3 := s[i+1], s[i+2], s[i+3]
		if !continuation(b1) || !continuation(b2) || !continuation(b3) {
			return RuneError, 1
		}
		if b0 == 0xF0 && b1 < 0x90 { // overlong
			return RuneError, 1
		}
		if b0 == 0xF4 && b1 > 0x8F { // above MaxRune
			return RuneError, 1
		}
		return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
	}
	return RuneError, 1
}

// DecodeRuneInString returns the first rune of s and its width in bytes.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	return decodeAt(s, 0)
}

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return decodeAt(string(p[:n]), 0)
}

// lastStart returns where the rune that ends s begins: at most UTFMax bytes back,
// stopping at the first byte that is not a continuation byte.
func lastStart(s string) int {
	end := len(s)
	start := end - 1
	limit := end - UTFMax
	if limit < 0 {
		limit = 0
	}
	for start > limit && continuation(s[start]) {
		start--
	}
	return start
}

// DecodeLastRuneInString returns the last rune of s and its width in bytes.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := lastStart(s)
	r, size = decodeAt(s, start)
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString for a byte slice.
func DecodeLastRune(p []byte) (r rune, size int) {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return DecodeLastRuneInString(string(p[len(p)-n:]))
}

// FullRuneInString reports whether s begins with a complete (possibly invalid)
// encoding of a rune.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	_, size := decodeAt(s, 0)
	if size > 1 {
		return true
	}
	// A width-1 result is complete unless s is a valid prefix cut short.
	b0 := s[0]
	need := 0
	switch {
	case b0 < RuneSelf || b0 < 0xC2 || b0 > 0xF4:
		return true
	case b0 <= 0xDF:
		need = 2
	case b0 <= 0xEF:
		need = 3
	default:
		need = 4
	}
	if len(s) >= need {
		return true
	}
	// Too short: complete only if an existing byte already proves it invalid.
	for i := 1; i < len(s); i++ {
		b := s[i]
		if !continuation(b) {
			return true
		}
		if i == 1 {
			if (b0 == 0xE0 && b < 0xA0) || (b0 == 0xED && b > 0x9F) ||
				(b0 == 0xF0 && b < 0x90) || (b0 == 0xF4 && b > 0x8F) {
				return true
			}
		}
	}
	return false
}

// FullRune is FullRuneInString for a byte slice.
func FullRune(p []byte) bool {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return FullRuneInString(string(p[:n]))
}

// RuneLen returns how many bytes encode r, or -1 if r cannot be encoded.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// ValidRune reports whether r is a code point UTF-8 can encode.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}

// AppendRune appends the encoding of r (RuneError's if r is invalid) to p.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		return append(p, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	case r < 0x10000:
		return append(p, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return append(p, byte(0xF0|r>>18), byte(0x80|(r>>12)&0x3F), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
}

// EncodeRune writes the encoding of r (RuneError's if r is invalid) into p and
// returns the number of bytes written. It panics, as Go does, if p is too short.
func EncodeRune(p []byte, r rune) int {
	if r >= 0 && r < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = byte(0xC0 | r>>6)
		p[1] = byte(0x80 | r&0x3F)
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = byte(0xE0 | r>>12)
		p[1] = byte(0x80 | (r>>6)&0x3F)
		p[2] = byte(0x80 | r&0x3F)
		return 3
	}
	_ = p[3]
	p[0] = byte(0xF0 | r>>18)
	p[1] = byte(0x80 | (r>>12)&0x3F)
	p[2] = byte(0x80 | (r>>6)&0x3F)
	p[3] = byte(0x80 | r&0x3F)
	return 4
}

// RuneCountInString returns the number of runes in s; each malformed byte
// counts as one rune.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := decodeAt(s, i)
		i += size
	}
	return n
}

// RuneCount is RuneCountInString for a byte slice.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := decodeAt(s, i)
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// Valid is ValidString for a byte slice.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// RuneStart reports whether b can begin an encoded rune.
func RuneStart(b byte) bool {
	return !continuation(b)
}
