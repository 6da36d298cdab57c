// goroutine_buffered: buffered channel len/cap, sends without a receiver up to capacity.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	ch <- 4
	fmt.Println(len(ch))
	for len(ch) > 0 {
		fmt.Println(<-ch)
	}
	var unbuf = make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
}
