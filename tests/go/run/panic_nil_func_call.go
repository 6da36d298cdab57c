// panic_nil_func_call: calling a nil function value is a nil pointer dereference.
package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling")
	fmt.Println(f(1))
}
