// slice_append_self: appending a slice to itself and overlapping append/copy within one array.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	t := make([]int, 3, 10)
	copy(t, []int{1, 2, 3})
	t = append(t, t...)
	fmt.Println(t, len(t), cap(t))
	u := []int{0, 1, 2, 3, 4, 5}
	u = append(u[:1], u[3:]...)
	fmt.Println(u, len(u), cap(u))
	v := []int{0, 1, 2, 3, 4}
	w := append(v[:2], v[1:]...)
	fmt.Println(v, w)
	b := []byte("hello")
	b = append(b, " world"...)
	fmt.Println(string(b))
}
