// generic_map_reduce: generic Reduce/GroupBy over structs, and a generic Set type.
package main

import (
	"fmt"
	"sort"
)

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }

func main() {
	words := []string{"apple", "bob", "avocado", "cat", "banana"}
	total := Reduce(words, 0, func(n int, w string) int { return n + len(w) })
	fmt.Println(total)
	groups := GroupBy(words, func(w string) byte { return w[0] })
	fmt.Println(len(groups), groups['a'], groups['b'], groups['c'])
	s := Set[int]{}
	for _, n := range []int{3, 1, 3, 2, 1} {
		s.Add(n)
	}
	keys := make([]int, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(s), keys, s.Has(2), s.Has(5))
}
