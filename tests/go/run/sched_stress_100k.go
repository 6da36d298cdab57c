// sched_stress_100k: 100,000 goroutines spawned (each doing a little work), all joined — twice over (WaitGroup, then channel in batches of 1,000) — and a 10,000-long relay chain with every link alive at once; sums and the final goroutine count checked.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

const n = 100000

func work(i int) int {
	s := 0
	for j := 0; j <= i%50; j++ {
		s += (i ^ j) % 13
	}
	return s
}

func main() {
	// 1. Spawned in a loop, joined with a WaitGroup, each writing its own slot.
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = work(i)
		}(i)
	}
	wg.Wait()
	want := 0
	for i := 0; i < n; i++ {
		want += work(i)
	}
	got := 0
	for _, r := range results {
		got += r
	}
	fmt.Println("waitgroup:", got, got == want)

	// 2. Each goroutine sends its result; main receives exactly n values, a batch of
	// 1,000 senders at a time (most of each batch is blocked in the channel's sendq).
	ch := make(chan int, 128)
	sum, count := 0, 0
	for b := 0; b < n; b += 1000 {
		for i := b; i < b+1000; i++ {
			go func(i int) { ch <- work(i) }(i)
		}
		for i := b; i < b+1000; i++ {
			sum += <-ch
			count++
		}
	}
	fmt.Println("channel:", count, sum, sum == want)

	// 3. A relay chain: goroutine k receives from its left neighbour, adds 1, passes it on.
	first := make(chan int)
	left := first
	for i := 0; i < n/10; i++ {
		right := make(chan int)
		go func(l, r chan int) { r <- 1 + <-l }(left, right)
		left = right
	}
	first <- 0
	fmt.Println("chain:", <-left)

	// Every goroutine has exited (they may still be on their way out: wait for it).
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
