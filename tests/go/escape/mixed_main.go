package main

import "fmt"

type T struct{ a, b int }

func newT() *T { return &T{1, 2} }

func sum(p *T) int { return p.a + p.b }

func main() {
	x := 5
	p := &x
	t := newT()
	s := make([]int, 10)
	n := 100
	d := make([]int, n)
	f := func() int { return x }
	fmt.Println(*p, sum(t), len(s), len(d), f())
}
