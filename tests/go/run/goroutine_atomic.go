// goroutine_atomic: sync/atomic counters updated from many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var old int32
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 500 {
				n.Add(1)
				atomic.AddInt32(&old, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), atomic.LoadInt32(&old))
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
}
