// A CPU-bound job split over 2 goroutines (no communication until the end): run with
// GOMAXPROCS=1 and GOMAXPROCS=2; the ratio of the two times is the parallel speedup.
// scale multiplies the work: bench/sched.sh gives real Go a larger one (rewriting this
// constant) so its times are long enough to measure, and divides it out again.
package main

import "fmt"

const scale = 1

func work(seed uint32, n int) uint32 {
	x := seed
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
	}
	return x
}

func main() {
	n := 20000000 * scale
	done := make(chan uint32)
	for g := 0; g < 2; g++ {
		go func(seed uint32) { done <- work(seed, n/2) }(uint32(g + 1))
	}
	a, b := <-done, <-done
	fmt.Println(a ^ b)
}
