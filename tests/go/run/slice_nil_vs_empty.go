// slice_nil_vs_empty: nil and empty slices behave the same except for == nil and %#v.
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), len(b), cap(a), cap(b))
	fmt.Println(a, b)
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	a = append(a, 1)
	fmt.Println(a, len(a))
	var d []int
	d = d[:0]
	fmt.Println(d == nil, d[0:0] == nil)
	e := b[:0]
	fmt.Println(e == nil)
	for range a[:0] {
		fmt.Println("never")
	}
}
