// basic_string_compare: ==, <, > are bytewise lexicographic comparisons.
package main

import "fmt"

func main() {
	pairs := [][2]string{{"a", "b"}, {"abc", "abd"}, {"ab", "abc"}, {"", "a"}, {"Z", "a"}, {"é", "z"}, {"same", "same"}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, a == b, a < b, a > b, a <= b, a >= b, a != b)
	}
	x := "hel"
	y := x + "lo"
	fmt.Println(y == "hello")
}
