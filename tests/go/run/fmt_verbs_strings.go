// fmt_verbs_strings: %s %q %v %x on strings with widths, precision and flags.
package main

import "fmt"

func main() {
	s := "gopher"
	fmt.Printf("%s|%10s|%-10s|%.3s|%q|\n", s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%x|%X|% x\n", "héllo\n", "héllo", "back`tick", "go", "go", "go")
	fmt.Printf("%v|%s\n", []string{"a", "b"}, []string{"c"})
	fmt.Printf("%q\n", []string{"x y", "z"})
	fmt.Printf("%5.2s|%-5.1s|\n", "abc", "xyz")
	fmt.Printf("%s|%v\n", []byte("bytes"), []byte("ab"))
	fmt.Printf("%t|%v|%5t|\n", true, false, true)
	fmt.Printf("%%|%c%c\n", 'o', 'k')
	fmt.Printf("%q|%q\n", "", "\x00\xff")
}
