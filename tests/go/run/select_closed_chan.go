// select on a closed channel is always ready; a send case on a closed channel panics (exit 2).
package main

import "fmt"

func main() {
	done := make(chan struct{})
	data := make(chan int)
	close(done)
	for i := 0; i < 3; i++ {
		select {
		case _, ok := <-done:
			fmt.Println("done ready, ok =", ok)
		case v := <-data:
			fmt.Println("data", v)
		}
	}
	buf := make(chan int, 1)
	buf <- 5
	close(buf)
	v, ok := 0, false
	select {
	case v, ok = <-buf:
	}
	fmt.Println(v, ok)
	select {
	case v, ok = <-buf:
	}
	fmt.Println(v, ok)
	select {
	case buf <- 1:
		fmt.Println("sent?!")
	case <-data:
	}
}
