// Unbuffered ping-pong: two goroutines hand a value back and forth 200,000 times
// (every send meets a parked receiver: park, ready, hand-off). Run with GOMAXPROCS=1
// (both on one P: runnext hand-offs) and GOMAXPROCS=2 (wake-ups across Ps).
package main

import "fmt"

func main() {
	const n = 200000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println(sum)
}
