// sync_goroutines: Mutex, RWMutex, WaitGroup, Once, Cond and atomics shared by many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var (
		mu    sync.Mutex
		wg    sync.WaitGroup
		total int
		hits  atomic.Int64
		raw   int32
		once  sync.Once
		inits int
	)
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				mu.Lock()
				total++
				mu.Unlock()
				hits.Add(2)
				atomic.AddInt32(&raw, 1)
				once.Do(func() { inits++ })
			}
		}()
	}
	wg.Wait()
	fmt.Println(total, hits.Load(), atomic.LoadInt32(&raw), inits)

	var rw sync.RWMutex
	shared := map[int]int{}
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.Lock()
				shared[i%10]++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.RLock()
				_ = shared[i%10]
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range shared {
		sum += v
	}
	fmt.Println(len(shared), sum)

	// Cond: workers wait for a start signal, then report in order of a counter.
	cond := sync.NewCond(&mu)
	ready := false
	started := 0
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			started++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("started", started)

	// Signal wakes one waiter at a time.
	queue := 0
	done := make(chan int)
	for w := 0; w < 3; w++ {
		go func() {
			mu.Lock()
			for queue == 0 {
				cond.Wait()
			}
			queue--
			mu.Unlock()
			done <- 1
		}()
	}
	got := 0
	for i := 0; i < 3; i++ {
		mu.Lock()
		queue++
		cond.Signal()
		mu.Unlock()
		got += <-done
	}
	fmt.Println("signalled", got)

	var m sync.Map
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				m.LoadOrStore(i, g)
				m.Store(fmt.Sprint("g", g), i)
			}
		}()
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("map entries", n)
}
