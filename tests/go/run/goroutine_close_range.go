// goroutine_close_range: range over a channel ends at close; receive from closed gives zero, false.
package main

import "fmt"

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i * 10
		}
	}()
	return ch
}

func main() {
	for v := range gen(4) {
		fmt.Println(v)
	}
	ch := make(chan int, 2)
	ch <- 7
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch)
}
