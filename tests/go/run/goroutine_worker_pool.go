// goroutine_worker_pool: jobs fanned out to workers, results collected then sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, square int
}

func main() {
	jobs := make(chan int, 20)
	results := make(chan result, 20)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, j * j}
			}
		}()
	}
	for j := 1; j <= 12; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })
	for _, r := range all {
		fmt.Println(r.job, r.square)
	}
}
