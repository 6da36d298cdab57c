// goroutine_rwmutex_cond: RWMutex-protected map and a sync.Cond-based ready signal.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	data := map[int]int{}
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.Lock()
			data[i] = i * 2
			rw.Unlock()
		}()
	}
	wg.Wait()
	rw.RLock()
	fmt.Println(len(data), data[4])
	rw.RUnlock()
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
		cond.Broadcast()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("ready", ready)
}
