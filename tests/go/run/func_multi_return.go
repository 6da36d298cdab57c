// func_multi_return: multiple results, discarding with _, and passing f() straight to g(a, b).
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) { return b, a }

func add(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	x, y := swap("hello", "world")
	fmt.Println(x, y)
	fmt.Println(add(divmod(23, 7)))
	fmt.Println(divmod(100, 9))
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
}
