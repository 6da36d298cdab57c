// generic_constraints: interfaces with methods as constraints, comparable, and generic Keys/Filter.
package main

import (
	"fmt"
	"sort"
)

type Shower interface{ Show() string }

type Dog struct{ name string }

func (d Dog) Show() string { return "dog " + d.name }

func ShowAll[T Shower](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(ShowAll([]Dog{{"rex"}, {"fido"}}))
	ks := Keys(map[string]int{"b": 1, "a": 2, "c": 3})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%3 == 0 }))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]float64{1.5}, 2))
}
