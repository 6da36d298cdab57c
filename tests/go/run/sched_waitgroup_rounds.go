// A WaitGroup reused over many rounds, with Add before go and Wait from several goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for round := 1; round <= 20; round++ {
		wg.Add(round)
		for i := 0; i < round; i++ {
			go func() {
				mu.Lock()
				total += i
				mu.Unlock()
				wg.Done()
			}()
		}
		wg.Wait()
	}
	fmt.Println("total", total)
	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	passed := make(chan int, 5)
	for i := 0; i < 5; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			passed <- i
		}()
	}
	gate.Done()
	waiters.Wait()
	close(passed)
	s := 0
	for v := range passed {
		s += v
	}
	fmt.Println("all waiters passed", s)
}
