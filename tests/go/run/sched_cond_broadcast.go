// sync.Cond: waiters sleep until a condition holds; Broadcast wakes all, Signal one at a time.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	woke := make([]bool, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast()
			for !ready {
				cond.Wait()
			}
			woke[i] = true
			mu.Unlock()
		}()
	}
	mu.Lock()
	for waiting < 10 {
		cond.Wait()
	}
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println(woke)

	queue := []int{}
	var qmu sync.Mutex
	nonEmpty := sync.NewCond(&qmu)
	got := make(chan int, 100)
	for c := 0; c < 4; c++ {
		go func() {
			for {
				qmu.Lock()
				for len(queue) == 0 {
					nonEmpty.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				qmu.Unlock()
				got <- v
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		qmu.Lock()
		queue = append(queue, i)
		nonEmpty.Signal()
		qmu.Unlock()
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-got
	}
	fmt.Println("consumed sum", sum)
}
