// iface_compare: interfaces are equal when dynamic types and values are equal.
package main

import "fmt"

type A int
type B int

func main() {
	var x, y interface{}
	fmt.Println(x == y)
	x, y = 1, 1
	fmt.Println(x == y)
	x, y = A(1), B(1)
	fmt.Println(x == y)
	x, y = A(1), A(1)
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y)
	x, y = 1, int64(1)
	fmt.Println(x == y)
	x = [2]int{1, 2}
	y = [2]int{1, 2}
	fmt.Println(x == y)
	var e1, e2 error
	fmt.Println(e1 == e2)
	p := &struct{}{}
	x, y = p, p
	fmt.Println(x == y)
	x = 3
	fmt.Println(x == 3, x != 4)
}
