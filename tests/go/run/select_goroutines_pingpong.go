// Many goroutines selecting on shared channels concurrently: a quit channel stops them all.
package main

import (
	"fmt"
	"sync"
)

func main() {
	work := make(chan int)
	results := make(chan int, 100)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case v := <-work:
					results <- v * v
				case <-quit:
					return
				}
			}
		}()
	}
	go func() {
		for i := 1; i <= 500; i++ {
			work <- i
		}
	}()
	sum := 0
	for i := 0; i < 500; i++ {
		sum += <-results
	}
	close(quit)
	wg.Wait()
	fmt.Println("sum of squares", sum)
}
