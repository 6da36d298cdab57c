// A send on a closed channel is a recoverable runtime error, also when the sender was blocked at close time.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func send(ch chan int, v int, res chan string) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		res <- fmt.Sprint("recovered: ", r, " runtime.Error=", isRuntime)
	}()
	ch <- v
	res <- "sent"
}

func main() {
	res := make(chan string)
	closed := make(chan int)
	close(closed)
	go send(closed, 1, res)
	fmt.Println(<-res)

	blocking := make(chan int)
	for i := 0; i < 3; i++ {
		go send(blocking, i, res)
	}
	time.Sleep(50 * time.Millisecond)
	close(blocking)
	for i := 0; i < 3; i++ {
		fmt.Println(<-res)
	}
}
