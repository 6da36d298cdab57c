// slice_append_aliasing: append writes into shared backing arrays while capacity allows.
package main

import "fmt"

func main() {
	base := make([]int, 3, 5)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, base)
	c := append(a, 10, 20)
	c[0] = 99
	fmt.Println(a, c, base)
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 100)
	fmt.Println(s, t)
	u := s[1:3:3]
	u = append(u, 200)
	u[0] = -1
	fmt.Println(s, u)
	x := []int{1, 2, 3}
	y := x
	y[0] = 42
	fmt.Println(x, y)
}
