// basic_string_bytes_runes: conversions between string, []byte, []rune, rune and invalid UTF-8.
package main

import "fmt"

func main() {
	s := "aé世🙂"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'A'
	fmt.Println(string(b), s)
	r[1] = 'E'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	bad := string([]byte{0xff, 'a', 0xc3})
	fmt.Println(len(bad), []rune(bad), len([]rune(bad)))
	fmt.Println(string([]rune{72, 105}))
	fmt.Println([]byte("") == nil, len([]rune("")))
}
