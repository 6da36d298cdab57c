// goroutine_deadlock_select: an empty select blocks forever: deadlock with [select (no cases)].
package main

import "fmt"

func main() {
	fmt.Println("selecting")
	select {}
}
