// Channel ping-pong (unbuffered: every send parks or hands off to a parked receiver)
// and a buffered pipeline through a WaitGroup: the scheduler's park/ready path.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 200000; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)

	jobs := make(chan int, 64)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := 0
			for j := range jobs {
				local += j
			}
			mu.Lock()
			total += local
			mu.Unlock()
		}()
	}
	for i := 0; i < 200000; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Println(sum, total)
}
