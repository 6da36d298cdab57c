package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const raw = `line one
line "two"\n`

func main() {
	s := "héllo, 世界\t\u00e9\U0001F600\x41\101"
	r := 'λ'
	b := []byte{'\n', '\'', '\\', '\x7f', '\377'}
	var sb strings.Builder
	for i, c := range s {
		if i > 3 {
			break
		}
		sb.WriteRune(c)
	}
	nums := []float64{1.5, .5, 1e3, 0x1p-2, 1_000.0, 0o17, 0b1010, 0xFF, 017, 3}
	fmt.Println(utf8.RuneCountInString(s), r, b, sb.String(), raw, len(nums))
}
