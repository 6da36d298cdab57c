// generic_embedding: an embedded generic instance (promoted methods, field name List), method expressions on instances, fmt.Stringer as a constraint.
package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }
func (l List[T]) Len() int  { return len(l.items) }

type S struct {
	List[int]
	name string
}

type Lener interface{ Len() int }

type Named[T fmt.Stringer] struct{ xs []T }

func (n Named[T]) Join() string {
	s := ""
	for _, x := range n.xs {
		s += x.String() + ";"
	}
	return s
}

type ID int

func (i ID) String() string { return fmt.Sprint("#", int(i)) }

func main() {
	var s S
	s.Push(3)
	s.List.Push(4)
	fmt.Println(s.items, s, s.Len())
	push := (*List[string]).Push
	var l List[string]
	push(&l, "x")
	fmt.Println(l, List[string].Len(l))
	var ln Lener = s
	fmt.Println(ln.Len())
	fmt.Printf("%T %+v\n", s, s)
	fmt.Println(Named[ID]{[]ID{1, 2}}.Join())
}
