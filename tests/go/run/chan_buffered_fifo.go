// Buffered channels: FIFO order, len/cap as the buffer fills and drains, wrap-around of the ring.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	for round := 0; round < 4; round++ {
		ch <- round*10 + 1
		ch <- round*10 + 2
		fmt.Println("len", len(ch))
		fmt.Println(<-ch)
		ch <- round*10 + 3
		fmt.Println("len", len(ch))
		fmt.Println(<-ch, <-ch)
		fmt.Println("len", len(ch))
	}
	strs := make(chan string, 2)
	strs <- "hello"
	strs <- "world"
	fmt.Println(<-strs + ", " + <-strs)
	done := make(chan bool, 1)
	done <- true
	fmt.Println(<-done, len(done))
}
