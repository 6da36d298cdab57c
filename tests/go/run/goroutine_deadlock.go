// goroutine_deadlock: main blocks on a channel nobody sends to: fatal error, exit 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}
