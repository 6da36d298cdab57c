// basic_runes: rune literals, arithmetic on runes, escapes and rune-to-string conversions.
package main

import "fmt"

func main() {
	r := 'a'
	fmt.Println(r, r+1, string(r+1))
	fmt.Printf("%c %d %U %q %T\n", r, r, r, r, r)
	esc := []rune{'\n', '\t', '\\', '\'', '\x41', '\u00e9', '\U0001F600', '\101'}
	for _, e := range esc {
		fmt.Printf("%d %q\n", e, e)
	}
	upper := []rune("go lang")
	for i, c := range upper {
		if c >= 'a' && c <= 'z' {
			upper[i] = c - 'a' + 'A'
		}
	}
	fmt.Println(string(upper))
	var b byte = 'z'
	fmt.Println(b-'a', rune(b) == 'z')
}
