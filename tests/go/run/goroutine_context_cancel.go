// goroutine_context_cancel: a worker stops when its done channel is closed; how many extra values it sends first is random, so only the stop is printed.
package main

import "fmt"

func worker(done <-chan struct{}, out chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-done:
			close(out)
			return
		case out <- i:
		}
	}
}

func main() {
	done := make(chan struct{})
	out := make(chan int)
	go worker(done, out)
	for range 5 {
		fmt.Println(<-out)
	}
	close(done)
	for range out {
	}
	fmt.Println("worker stopped")
}
