// strings.go — Gopherscope's package strings. Plain Go for the logic; natives
// (lib/strings.cpp, strings_natives()) for the byte searches Go does in assembly
// (IndexByte, Index, Count), for Repeat, ToUpper and ToLower (whole-string work
// over the Unicode case tables), and for the two allocation tricks Builder relies
// on (a byte buffer whose capacity is rounded up to a size class without zeroing,
// and viewing that buffer as a string without copying).
//
// Invariant: every function returns what Go 1.23's strings package returns, with
// the same panics, the same treatment of invalid UTF-8 (each bad byte is one
// RuneError of width 1) and the same lengths and capacities of returned slices.
// Not provided: Replacer.WriteString, ToValidUTF8, the *Special
// functions, Lines/SplitSeq iterators (Go 1.24).
package strings

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

const maxInt = int(^uint(0) >> 1)

// ---- natives ----

// indexByteString returns the index of the first c in s, or -1.
func indexByteString(s string, c byte) int

// indexString returns the index of the first substr in s, or -1 (substr != "").
func indexString(s, substr string) int

// countString counts non-overlapping substr in s (substr != "").
func countString(s, substr string) int

// repeatString is Repeat for count >= 2 and s != "" (panics included).
func repeatString(s string, count int) string

// toUpperString and toLowerString map every rune of s through unicode.ToUpper or
// unicode.ToLower; invalid bytes become "\uFFFD"; an unchanged s comes back as is.
func toUpperString(s string) string
func toLowerString(s string) string

// makeNoZero returns a []byte of length n whose capacity is n rounded up to
// mallocgc's size class (Go: internal/bytealg.MakeNoZero).
func makeNoZero(n int) []byte

// bytesAsString views b's bytes as a string without copying (Go: unsafe.String).
func bytesAsString(b []byte) string

// ---- searching ----

func IndexByte(s string, c byte) int {
	return indexByteString(s, c)
}

func Index(s, substr string) int {
	if len(substr) == 0 {
		return 0
	}
	return indexString(s, substr)
}

func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}

func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// IndexRune returns the index of the first r in s, or -1. RuneError matches
// both U+FFFD and any invalid byte; an invalid rune matches nothing.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, substr[0])
	case n == len(s):
		if s == substr {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

func IndexFunc(s string, f func(rune) bool) int {
	return firstIndexFunc(s, f, true)
}

func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// firstIndexFunc returns the index of the first rune r of s with f(r) == truth.
func firstIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// lastIndexFunc returns the index of the last rune r of s with f(r) == truth.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Count counts non-overlapping instances of substr; for "" it is the number of
// runes plus one.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	return countString(s, substr)
}

// ---- splitting and joining ----

// splitRunes splits s into at most n pieces of one rune each (the last holding
// the rest); n < 0 means no limit.
func splitRunes(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// split cuts s around sep into at most n pieces (n < 0: all), keeping keep bytes
// of each separator at the end of the piece before it.
func split(s, sep string, keep, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return splitRunes(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+keep]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

func Split(s, sep string) []string { return split(s, sep, 0, -1) }

func SplitN(s, sep string, n int) []string { return split(s, sep, 0, n) }

func SplitAfter(s, sep string) []string { return split(s, sep, len(sep), -1) }

func SplitAfterN(s, sep string, n int) []string { return split(s, sep, len(sep), n) }

// Fields splits s around runs of Unicode white space.
func Fields(s string) []string {
	return FieldsFunc(s, unicode.IsSpace)
}

// FieldsFunc splits s around runs of runes satisfying f.
func FieldsFunc(s string, f func(rune) bool) []string {
	// First find the fields' bounds, then cut them out, as Go does (f is called
	// exactly once per rune).
	var bounds [][2]int
	start := -1
	for end, r := range s {
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, [2]int{start, end})
				start = -1
			}
		} else if start < 0 {
			start = end
		}
	}
	if start >= 0 {
		bounds = append(bounds, [2]int{start, len(s)})
	}
	a := make([]string, len(bounds))
	for i, b := range bounds {
		a[i] = s[b[0]:b[1]]
	}
	return a
}

func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		if len(e) > maxInt-n {
			panic("strings: Join output length overflow")
		}
		n += len(e)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, e := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(e)
	}
	return b.String()
}

// Cut slices s around the first sep: before, after, and whether sep was found.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// ---- building new strings ----

func Repeat(s string, count int) string {
	switch count {
	case 0:
		return ""
	case 1:
		return s
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) == 0 {
		return ""
	}
	return repeatString(s, count)
}

// Replace returns s with the first n (n < 0: all) non-overlapping old replaced
// by new. An empty old matches at the start and after each rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	m := Count(s, old)
	if m == 0 {
		return s
	}
	if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, size := utf8.DecodeRuneInString(s[start:])
				j += size
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

func ToUpper(s string) string { return toUpperString(s) }

func ToLower(s string) string { return toLowerString(s) }

func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// Title (deprecated in Go, still used) maps the first letter of each word to
// title case; a word starts after a separator: ASCII other than letters, digits
// and '_', or a non-ASCII space that is neither letter nor digit.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		startsWord := wordSeparator(prev)
		prev = r
		if startsWord {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

func wordSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		alnum := ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
		return !alnum && r != '_'
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Map returns s with each rune replaced by mapping(rune); a negative result
// drops the rune. Invalid bytes reach mapping as RuneError.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	changed := false
	for i, c := range s {
		r := mapping(c)
		if !changed {
			same := r == c
			if c == utf8.RuneError {
				// An invalid byte is rewritten even when mapped to RuneError.
				_, size := utf8.DecodeRuneInString(s[i:])
				same = same && size != 1
			}
			if same {
				continue
			}
			changed = true
			b = make([]byte, 0, len(s)+utf8.UTFMax)
			b = append(b, s[:i]...)
		}
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

// EqualFold reports whether s and t are equal under simple Unicode case folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		sr, ss := utf8.DecodeRuneInString(s)
		tr, ts := utf8.DecodeRuneInString(t)
		s, t = s[ss:], t[ts:]
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// Walk sr's fold orbit upwards looking for tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return s == t
}

// ---- Replacer ----

// A Replacer replaces a list of strings with replacements. At each position
// of the input the first pair (in argument order) whose old string matches
// wins; an empty old string matches everywhere except right after another
// empty match. Safe for concurrent use: it is never modified after creation.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a Replacer from old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// match returns the replacement and length of the first old string that is a
// prefix of s, skipping the empty old string when skipEmpty is set.
func (r *Replacer) match(s string, skipEmpty bool) (val string, keylen int, found bool) {
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" && skipEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return r.oldnew[i+1], len(old), true
		}
	}
	return "", 0, false
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	last := 0
	changed := false
	prevEmpty := false
	for i := 0; i <= len(s); {
		val, keylen, found := r.match(s[i:], prevEmpty)
		prevEmpty = found && keylen == 0
		if found {
			if !changed {
				changed = true
				b = make([]byte, 0, len(s))
			}
			b = append(b, s[last:i]...)
			b = append(b, val...)
			i += keylen
			last = i
			continue
		}
		i++
	}
	if !changed {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// ---- trimming ----

func TrimSpace(s string) string {
	start := 0
	for start < len(s) && s[start] < utf8.RuneSelf && asciiSpace(s[start]) {
		start++
	}
	end := len(s)
	for end > start && s[end-1] < utf8.RuneSelf && asciiSpace(s[end-1]) {
		end--
	}
	return TrimFunc(s[start:end], unicode.IsSpace)
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	i := firstIndexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	} else {
		i++
	}
	return s[:i]
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeft removes the leading runes of s that are in cutset.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[size:]
	}
	return s
}

// TrimRight removes the trailing runes of s that are in cutset.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRight(TrimLeft(s, cutset), cutset)
}

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// ---- Builder ----

// A Builder accumulates bytes with few copies; String does not copy. A Builder
// must not be copied after first use (Go panics, and so does this one).
type Builder struct {
	self *Builder // set on first use; a copy notices it is not at this address
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.self == nil {
		b.self = b
	} else if b.self != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

func (b *Builder) String() string { return bytesAsString(b.buf) }

func (b *Builder) Len() int { return len(b.buf) }

func (b *Builder) Cap() int { return cap(b.buf) }

func (b *Builder) Reset() {
	b.self = nil
	b.buf = nil
}

// grow makes room for n more bytes: a new buffer of twice the old capacity
// plus n, rounded up to a size class.
func (b *Builder) grow(n int) {
	buf := makeNoZero(2*cap(b.buf) + n)[:len(b.buf)]
	copy(buf, b.buf)
	b.buf = buf
}

func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// ---- Reader ----

// A Reader reads from a string (io.Reader, io.ReaderAt, io.ByteScanner,
// io.RuneScanner, io.Seeker, io.WriterTo). The zero value reads an empty string.
type Reader struct {
	s        string
	i        int64 // offset of the next byte to read
	prevRune int   // offset of the rune the last ReadRune read, or -1
}

// NewReader returns a Reader reading from s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Len returns how many bytes are left unread.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size returns the length of the underlying string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return n, err
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var pos int64
	switch whence {
	case io.SeekStart:
		pos = offset
	case io.SeekCurrent:
		pos = r.i + offset
	case io.SeekEnd:
		pos = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if pos < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = pos
	return pos, nil
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	m, err := io.WriteString(w, rest)
	if m > len(rest) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}

// Reset makes r read from s from the start.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }
