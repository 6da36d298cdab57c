// func_eval_order: operands and call arguments are evaluated left to right.
package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	r := three(v("a", 1), v("b", 2), v("c", 3))
	fmt.Println(r, trace)
	trace = nil
	s := v("x", 1) + v("y", 2)*v("z", 3)
	fmt.Println(s, trace)
	trace = nil
	arr := []int{0, 0, 0}
	arr[v("idx", 1)] = v("val", 7)
	fmt.Println(arr, trace)
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(i, arr)
}
