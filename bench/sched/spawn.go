// Goroutine spawn+exit: 200,000 goroutines, each started, doing almost nothing and
// exiting, joined with a WaitGroup (newproc, runnext, stack caches, G reuse, goexit).
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 200000
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			mu.Lock()
			sum += i & 7
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(sum)
}
