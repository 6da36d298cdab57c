// basic_string_index: len, indexing (bytes), slicing and concatenation of strings.
package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7], string(s[0]))
	fmt.Println(s[:5], s[7:], s[3:8], s[:], s[len(s):] == "")
	t := s + "!"
	fmt.Println(t, len(t))
	u := "héllo"
	fmt.Println(len(u), u[1], u[2], u[:3])
	var b []byte
	for i := 0; i < len(s); i += 3 {
		b = append(b, s[i])
	}
	fmt.Println(string(b))
	r := ""
	for i := 0; i < 5; i++ {
		r += string(rune('a' + i))
	}
	fmt.Println(r)
	multi := `raw\n
line`
	fmt.Println(multi, len(multi))
}
