// Close: buffered values drain first, then zero value and ok=false forever; range ends; len/cap after close.
package main

import "fmt"

type pair struct {
	a int
	b string
}

func main() {
	ch := make(chan int, 4)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	fmt.Println("after close:", len(ch), cap(ch))
	v, ok := <-ch
	fmt.Println(v, ok, len(ch))
	for x := range ch {
		fmt.Println("range", x)
	}
	for i := 0; i < 3; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	fmt.Println("after drain:", len(ch), cap(ch))

	ps := make(chan pair)
	close(ps)
	p, ok := <-ps
	fmt.Printf("%+v %v\n", p, ok)

	ss := make(chan []int, 1)
	ss <- []int{1, 2}
	close(ss)
	s1, ok1 := <-ss
	s2, ok2 := <-ss
	fmt.Println(s1, ok1, s2 == nil, ok2)

	n := 0
	done := make(chan struct{})
	go func() {
		for range done {
			n++
		}
		fmt.Println("range over struct{} ended after", n)
		done2 <- true
	}()
	done <- struct{}{}
	done <- struct{}{}
	close(done)
	<-done2
}

var done2 = make(chan bool)
