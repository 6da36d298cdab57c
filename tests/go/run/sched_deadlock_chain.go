// Goroutines each waiting on the next in a ring of unbuffered channels, main on a WaitGroup: deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 4
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := <-chans[i]
			chans[(i+1)%n] <- v + 1
		}()
	}
	fmt.Println("ring built")
	wg.Wait()
}
