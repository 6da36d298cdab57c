// Directional channel parameters, len/cap of nil channels, channel equality and chan of chan.
package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int) (s int) {
	for v := range in {
		s += v
	}
	return
}

func main() {
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch), nilch == nil)
	ch := make(chan int, 5)
	go produce(ch, 10)
	fmt.Println(consume(ch))
	a := make(chan int)
	b := a
	var r <-chan int = a
	fmt.Println(a == b, r == a, a == make(chan int))
	reqs := make(chan chan string)
	go func() {
		for reply := range reqs {
			reply <- "pong"
		}
	}()
	for i := 0; i < 3; i++ {
		reply := make(chan string)
		reqs <- reply
		fmt.Println(i, <-reply)
	}
	close(reqs)
	fmt.Printf("%T %T %T\n", ch, r, (chan<- int)(ch))
}
