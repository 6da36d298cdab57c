// sched_stress_gomaxprocs: GOMAXPROCS is changed again and again (1, 2, 4, 3, ...) while goroutines compute and communicate; every result arrives intact.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	const workers, jobs = 16, 20000
	in := make(chan int, 32)
	out := make(chan [2]int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var perWorker [workers]int
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for n := range in {
				r := collatz(n)
				mu.Lock()
				perWorker[w]++
				mu.Unlock()
				out <- [2]int{n, r}
			}
		}(w)
	}
	var stop int32
	var changes int64
	changed := make(chan bool)
	go func() {
		seq := []int{1, 2, 4, 3, 1, 4, 2, 3}
		for i := 0; i < 8 || atomic.LoadInt32(&stop) == 0; i++ {
			runtime.GOMAXPROCS(seq[i%len(seq)])
			atomic.AddInt64(&changes, 1)
			for j := 0; j < 200; j++ {
				runtime.Gosched()
			}
		}
		changed <- true
	}()
	go func() {
		for n := 1; n <= jobs; n++ {
			if n%2000 == 0 { // the producer changes it too, mid-stream
				runtime.GOMAXPROCS(1 + n/2000%4)
			}
			in <- n
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	seen := make([]bool, jobs+1)
	sum, count, dup := 0, 0, 0
	for r := range out {
		if seen[r[0]] {
			dup++
		}
		seen[r[0]] = true
		if collatz(r[0]) != r[1] {
			fmt.Println("wrong result for", r[0])
		}
		sum += r[1]
		count++
		if count == jobs/2 {
			// main changes it too, in the middle of the stream
			runtime.GOMAXPROCS(2)
		}
	}
	atomic.StoreInt32(&stop, 1)
	<-changed
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println("results:", count, "duplicates:", dup, "steps:", sum)
	fmt.Println("jobs counted by workers:", total)
	fmt.Println("GOMAXPROCS changed at least 8 times:", atomic.LoadInt64(&changes) >= 8)
	runtime.GOMAXPROCS(3)
	fmt.Println("GOMAXPROCS now:", runtime.GOMAXPROCS(0))
}
