// 100,000 goroutines started and joined: newproc, stacks from the per-P caches,
// runnext, work stealing, and G reuse.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 100000)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * 2
		}()
	}
	wg.Wait()
	s := 0
	for _, v := range results {
		s += v
	}
	fmt.Println(s)
}
