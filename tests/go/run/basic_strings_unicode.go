// basic_strings_unicode: unicode/utf8 helpers over multi-byte strings.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	r, size := utf8.DecodeRuneInString(s[7:])
	fmt.Println(string(r), size)
	fmt.Println(utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.ValidString("a\xffb"))
	up, lo, dig, sp := 0, 0, 0, 0
	for _, c := range "Go 1.23 Is FUN" {
		switch {
		case unicode.IsUpper(c):
			up++
		case unicode.IsLower(c):
			lo++
		case unicode.IsDigit(c):
			dig++
		case unicode.IsSpace(c):
			sp++
		}
	}
	fmt.Println(up, lo, dig, sp)
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')))
	buf := utf8.AppendRune(nil, '🙂')
	fmt.Println(buf, len(buf))
}
