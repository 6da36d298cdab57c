// func_deep_recursion: a recursion 100000 frames deep (goroutine stacks must grow).
package main

import "fmt"

func depth(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1 + pad[n%8] - n
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(depth(10))
}
