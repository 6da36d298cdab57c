// Deep recursion in several goroutines at once: their stacks grow (and move) while others run.
package main

import (
	"fmt"
	"sync"
)

func depth(n int, pad [8]int) int {
	if n == 0 {
		return pad[0]
	}
	pad[0]++
	return depth(n-1, pad) + 1
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	ch := make(chan int)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := g * 1000
			p := &local
			r := depth(20000+g*5000, [8]int{})
			results[g] = r + *p - g*1000
			ch <- g
		}()
	}
	seen := 0
	for i := 0; i < 8; i++ {
		seen += <-ch
	}
	wg.Wait()
	fmt.Println("ids", seen)
	for g, r := range results {
		fmt.Println(g, r)
	}
}
