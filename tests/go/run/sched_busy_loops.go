// Goroutines spinning in tight loops must not starve others: preemption lets main finish.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var stop atomic.Bool
	var spins atomic.Int64
	for i := 0; i < 16; i++ {
		go func() {
			n := 0
			for !stop.Load() {
				n++
			}
			spins.Add(1)
		}()
	}
	time.Sleep(30 * time.Millisecond)
	sum := 0
	for i := 0; i < 1000000; i++ {
		sum += i
	}
	stop.Store(true)
	fmt.Println("main computed", sum)
}
