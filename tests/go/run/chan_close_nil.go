// close of a nil channel panics (exit 2).
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("closing", ch == nil)
	close(ch)
	fmt.Println("unreachable")
}
