// basic_string_builder_ops: building strings by += in a loop, comparing, and string interning-free equality.
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += fmt.Sprint(i % 3)
	}
	fmt.Println(s, len(s))
	a := s[:3]
	b := "012"
	fmt.Println(a == b, a < s, s[len(s)-1:])
	parts := []string{}
	for _, c := range s {
		if c == '0' {
			parts = append(parts, "zero")
		}
	}
	fmt.Println(len(parts))
	x := "ab"
	y := x
	x += "c"
	fmt.Println(x, y)
	bs := []byte(x)
	bs[0] = 'X'
	fmt.Println(x, string(bs))
}
