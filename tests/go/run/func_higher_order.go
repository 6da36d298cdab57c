// func_higher_order: map/filter/reduce, function composition and currying.
package main

import (
	"fmt"
	"strings"
)

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func multiplier(k int) func(int) int {
	return func(x int) int { return x * k }
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := filter(xs, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)
	fmt.Println(reduce(evens, 0, func(a, b int) int { return a + b }))
	fmt.Println(reduce(xs, 1, func(a, b int) int { return a * b }))
	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("hello"))
	triple := multiplier(3)
	fmt.Println(triple(7), multiplier(-1)(5))
}
