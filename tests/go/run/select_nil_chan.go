// A nil channel case never fires: merging two channels by setting each to nil once it is closed.
package main

import "fmt"

func gen(from, to int) chan int {
	ch := make(chan int)
	go func() {
		for i := from; i < to; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func main() {
	a, b := gen(0, 100), gen(1000, 1050)
	sumA, sumB, n := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println(n, sumA, sumB)
	var nilch chan int
	ready := make(chan int, 1)
	ready <- 7
	for i := 0; i < 3; i++ {
		select {
		case nilch <- 1:
			fmt.Println("sent to nil?!")
		case v := <-nilch:
			fmt.Println("received from nil?!", v)
		case v := <-ready:
			fmt.Println("ready", v)
			ready <- v + 1
		}
	}
}
