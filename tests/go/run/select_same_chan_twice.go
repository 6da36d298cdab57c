// A select listing the same channel in several cases (send and receive) locks it once and works.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	recv1, recv2 := 0, 0
	go func() {
		defer wg.Done()
		for i := 0; i < 2000; i++ {
			select {
			case v := <-ch:
				recv1 += v
			case v := <-ch:
				recv2 += v
			}
		}
	}()
	for i := 0; i < 2000; i++ {
		ch <- 1
	}
	wg.Wait()
	fmt.Println("received", recv1+recv2, recv1 > 0, recv2 > 0)
	ping := make(chan int)
	go func() {
		for i := 0; i < 100; i++ {
			ping <- i
		}
		close(ping)
	}()
	total := 0
	for {
		v, ok := 0, false
		select {
		case v, ok = <-ping:
		case v, ok = <-ping:
		}
		if !ok {
			break
		}
		total += v
	}
	fmt.Println("total", total)
}
