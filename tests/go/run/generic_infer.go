// generic_infer: type argument inference corner cases: untyped constants taking their
// default type (and the "largest" kind), inference through []T, map[K]V, func(T) U,
// *T, chan T and generic types, partial explicit instantiation, and function values of
// instances.
package main

import (
	"fmt"
	"strings"
)

func Identity[T any](x T) T { return x }

func Larger[T int | float64 | rune](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MapKV[K comparable, V, R any](m map[K]V, f func(K, V) R) []R {
	var out []R
	for k, v := range m {
		out = append(out, f(k, v))
	}
	return out
}

func Apply[T, U any](x T, fs ...func(T) U) []U {
	var out []U
	for _, f := range fs {
		out = append(out, f(x))
	}
	return out
}

func Deref[T any](p *T) T { return *p }

func Drain[T any](ch chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

type Box[T any] struct{ v T }

func Unbox[T any](b Box[T]) T      { return b.v }
func UnboxPtr[T any](b *Box[T]) T  { return b.v }
func Convert[To, From any](x From, f func(From) To) To { return f(x) }

type MySlice []string

func Last[T any](xs []T) T { return xs[len(xs)-1] }

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Printf("%T %T %T %T %T\n", Identity(1), Identity(2.0), Identity('x'), Identity("s"), Identity(1i))
	fmt.Printf("%T %v\n", Larger(1, 2.5), Larger(1, 2.5))
	fmt.Printf("%T %v\n", Larger('a', 2), Larger('a', 2))
	r := MapKV(map[string]int{"a": 1}, func(k string, v int) string { return k + fmt.Sprint(v) })
	fmt.Println(r)
	fmt.Println(Apply(3, func(n int) string { return strings.Repeat("*", n) }, func(n int) string { return fmt.Sprint(n * n) }))
	x := 42
	fmt.Println(Deref(&x))
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	fmt.Println(Drain(ch))
	fmt.Println(Unbox(Box[float64]{2.5}), UnboxPtr(&Box[string]{"p"}))
	fmt.Println(Convert[string](7, func(n int) string { return fmt.Sprint(n, "!") }))
	fmt.Println(Last(MySlice{"x", "y"}))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[*int]() == nil, Zero[[2]bool]())
	f := Identity[[]int]
	fmt.Printf("%T %v\n", f, f([]int{1}))
	g := Larger[float64]
	fmt.Println(g(1, 2))
}
