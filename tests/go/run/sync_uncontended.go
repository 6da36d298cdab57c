// sync_uncontended: Mutex, RWMutex, WaitGroup, Once and OnceFunc on one goroutine.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("TryLock while locked:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock while unlocked:", mu.TryLock())
	mu.Unlock()

	c := counter{n: map[string]int{}}
	for i := 0; i < 5; i++ {
		c.inc("a")
	}
	fmt.Println(c.n["a"])

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("TryLock with readers:", rw.TryLock(), "TryRLock:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println("TryRLock with writer:", rw.TryRLock(), "TryLock:", rw.TryLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println("TryLock with RLocker held:", rw.TryLock())
	l.Unlock()
	fmt.Println("TryLock after:", rw.TryLock())
	rw.Unlock()

	var wg sync.WaitGroup
	wg.Add(3)
	wg.Done()
	wg.Add(-2)
	wg.Wait()
	fmt.Println("waited")

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("boom") })
	}()
	o2.Do(func() { fmt.Println("not again") })

	calls := 0
	f := sync.OnceFunc(func() { calls++ })
	f()
	f()
	fmt.Println("calls:", calls)
	g := sync.OnceFunc(func() { panic(fmt.Sprint("bad ", calls)) })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("OnceFunc panic:", recover()) }()
			g()
		}()
	}

	var lk sync.Locker = &mu
	lk.Lock()
	lk.Unlock()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(-1)
	}()
}
