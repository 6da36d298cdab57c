// sync_mutex_starvation: a Mutex held in long stretches by one goroutine while others
// queue; every waiter eventually gets it (starvation mode hands the lock over).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	got := make([]int, 4)
	stop := time.Now().Add(50 * time.Millisecond)
	wg.Add(1)
	go func() { // the hog: re-locks at once after each long hold
		defer wg.Done()
		for time.Now().Before(stop) {
			mu.Lock()
			time.Sleep(2 * time.Millisecond)
			mu.Unlock()
		}
	}()
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				got[w]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(got)
}
