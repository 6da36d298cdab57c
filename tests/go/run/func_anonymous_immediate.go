// func_anonymous_immediate: immediately invoked function literals and recursion through a variable.
package main

import "fmt"

func main() {
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	msg := "captured"
	func() {
		msg = "changed inside"
	}()
	fmt.Println(msg)
	x := func() (int, string) { return 1, "one" }
	n, s := x()
	fmt.Println(n, s)
}
