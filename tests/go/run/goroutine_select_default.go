// goroutine_select_default: select with default never blocks; ready cases chosen deterministically here.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty, default")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("default")
	}
	select {
	case ch <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("impossible")
	case <-nilCh:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels never ready")
	}
}
