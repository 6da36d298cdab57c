package main

import (
	"fmt"
	"runtime/debug"
)

func f(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return f(n-1) + pad[n%16] - n + 1
}

func main() {
	old := debug.SetMaxStack(1 << 20)
	fmt.Println(old)
	fmt.Println(f(1000))
	fmt.Println(debug.SetMaxStack(64 << 10))
	fmt.Println(f(100000))
}
