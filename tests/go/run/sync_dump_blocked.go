// sync_dump_blocked: a panic with GOTRACEBACK=all dumps goroutines blocked in Mutex.Lock, RWMutex.RLock/Lock, Cond.Wait and time.Sleep with Go's library frames.
package main

import (
	"runtime/debug"
	"sync"
	"time"
)

//go:noinline
func sleeper() {
	time.Sleep(time.Hour)
}

//go:noinline
func locker(mu *sync.Mutex) {
	mu.Lock()
}

//go:noinline
func rlocker(rw *sync.RWMutex) {
	rw.RLock()
}

//go:noinline
func wlocker(rw *sync.RWMutex) {
	rw.Lock()
}

//go:noinline
func condWait(c *sync.Cond) {
	c.L.Lock()
	c.Wait()
}

func main() {
	debug.SetTraceback("all")
	var mu sync.Mutex
	mu.Lock()
	go locker(&mu)
	var rw sync.RWMutex
	rw.Lock()
	go rlocker(&rw)
	go wlocker(&rw)
	c := sync.NewCond(&sync.Mutex{})
	go condWait(c)
	go sleeper()
	time.Sleep(10 * time.Millisecond)
	panic("boom")
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
