// generic_method_missing: a type argument without the constraint's method, a pointer-receiver method, and comparable.
package main

type Shower interface{ Show() string }

type Plain struct{}

type Ptr struct{}

func (p *Ptr) Show() string { return "p" }

func ShowAll[T Shower](xs []T) {}

func Keys[K comparable, V any](m map[K]V) {}

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	ShowAll([]Plain{})
	ShowAll([]Ptr{})
	ShowAll([]*Ptr{})
	Eq([]int{}, nil)
	Eq[func()](nil, nil)
	Keys(map[string]int{})
}
