package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T

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

func (l List[T]) Len() int { return len(l) }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	next := counter()
	next()
	fmt.Println(next(), Sum([]int{1, 2, 3}), Sum[float64]([]float64{1.5, 2}))
	strs := Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) })
	p := Pair[string, int]{Key: "a", Val: 1}
	var l List[int] = []int{1, 2, 3}
	fmt.Println(strs, p, l.Len())
}
