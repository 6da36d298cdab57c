// panic_nested_calls: a panic deep in a call chain prints every frame (deferred prints run first).
package main

import "fmt"

//go:noinline
func level3(s []int, i int) int {
	return s[i]
}

//go:noinline
func level2(i int) int {
	defer fmt.Println("level2 defer")
	return level3([]int{1}, i)
}

func level1() {
	fmt.Println(level2(3))
}

func main() {
	level1()
}
