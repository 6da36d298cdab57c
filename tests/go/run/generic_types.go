// generic_types: generic Stack and Pair types with methods; zero values of type parameters.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	var n Stack[int]
	n.Push(42)
	fmt.Println(n.Pop())
	ps := []Pair[string, int]{{"x", 1}, {"y", 2}}
	fmt.Println(ps)
	fmt.Printf("%T %+v\n", ps[0], Pair[int, []int]{1, nil})
}
