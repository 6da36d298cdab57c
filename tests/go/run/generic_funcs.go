// generic_funcs: generic functions with constraints, inference and explicit instantiation.
package main

import (
	"cmp"
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func MaxOf[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type MyInt int

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]MyInt{4, 5}))
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa), Map([]string{"a", "bb"}, func(s string) int { return len(s) }))
	fmt.Println(MaxOf(3, 7), MaxOf("abc", "abd"), MaxOf[float64](2, 1.5))
	fmt.Printf("%T\n", Sum[MyInt])
}
