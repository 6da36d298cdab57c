// goroutine_semaphore: a buffered channel as a semaphore bounds concurrency; max observed <= 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	var wg sync.WaitGroup
	active, maxActive, done := 0, 0, 0
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			done++
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(done, maxActive <= 2, active)
}
