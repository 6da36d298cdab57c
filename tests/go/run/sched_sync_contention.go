// sync.Mutex, RWMutex, Once and WaitGroup under heavy contention from many goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex counter", counter)

	var rw sync.RWMutex
	m := map[int]int{}
	reads := 0
	var readsMu sync.Mutex
	for g := 0; g < 20; g++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.Lock()
				m[g*100+i] = i
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.RLock()
				_ = len(m)
				rw.RUnlock()
				readsMu.Lock()
				reads++
				readsMu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("rwmutex entries", len(m), "reads", reads)

	var once sync.Once
	inits := 0
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
		}()
	}
	wg.Wait()
	fmt.Println("once inits", inits)

	for round := 0; round < 3; round++ {
		total := 0
		var tmu sync.Mutex
		for g := 0; g < 30; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				tmu.Lock()
				total += g
				tmu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "total", total)
	}
}
