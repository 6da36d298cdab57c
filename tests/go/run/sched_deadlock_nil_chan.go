// Receiving from a nil channel blocks forever: with nothing else to run, a deadlock (exit 2).
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("waiting on nil")
	<-ch
}
