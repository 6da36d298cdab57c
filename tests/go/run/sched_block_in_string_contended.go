// sched_block_in_string_contended: String methods called by fmt that sleep, receive
// from a channel and wait for a contended mutex, on one P and on several.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type ticket struct{ ch chan int }

func (t ticket) String() string {
	time.Sleep(time.Millisecond)
	return fmt.Sprint("ticket ", <-t.ch)
}

type counter struct {
	mu *sync.Mutex
	n  int
}

func (c *counter) String() string {
	c.mu.Lock()
	c.n++
	time.Sleep(10 * time.Microsecond) // others pile up on the mutex meanwhile
	c.mu.Unlock()
	return "c"
}

func run(procs int) {
	runtime.GOMAXPROCS(procs)
	t := ticket{make(chan int)}
	go func() {
		for i := 1; i <= 3; i++ {
			t.ch <- i
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(t)
	}
	c := &counter{mu: &sync.Mutex{}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				_ = fmt.Sprint(c)
			}
		}()
	}
	wg.Wait()
	fmt.Println("GOMAXPROCS", procs, "String calls:", c.n)
}

func main() {
	run(1)
	run(4)
}
