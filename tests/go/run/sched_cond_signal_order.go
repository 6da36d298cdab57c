// sync.Cond.Signal wakes the goroutine that has waited longest (the notify list is FIFO);
// Broadcast wakes all. Waiters are lined up one at a time so their order is known.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	waiting := 0
	var order []int
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			c.Wait()
			order = append(order, i)
			mu.Unlock()
		}()
		// wait until goroutine i is in Wait before starting the next
		for {
			mu.Lock()
			w := waiting
			mu.Unlock()
			if w == i+1 {
				break
			}
		}
	}
	for k := 0; k < 3; k++ {
		mu.Lock()
		c.Signal()
		mu.Unlock()
		for {
			mu.Lock()
			n := len(order)
			mu.Unlock()
			if n == k+1 {
				break
			}
		}
	}
	fmt.Println("signalled:", order)
	mu.Lock()
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("all woken:", len(order))
}
