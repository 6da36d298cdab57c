// goroutine_mutex_counter: 50 goroutines increment a Mutex-protected counter 1000 times each.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 1000 {
				c.Inc("total")
				if i%2 == 0 {
					c.Inc("even")
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n["total"], c.n["even"])
}
