// Send on a closed channel inside a goroutine kills the program: exit 2 with the panic message.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	close(ch)
	go func() {
		ch <- 1
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("unreachable")
}
