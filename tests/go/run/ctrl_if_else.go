// ctrl_if_else: if/else chains and if with an init statement scoping its variable.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if v, ok := map[string]int{"a": 1}["a"]; ok {
		fmt.Println("found", v)
	} else {
		fmt.Println("missing", v)
	}
}
