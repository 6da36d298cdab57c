// sync_cond_wait_dump: a goroutine's panic dumps main blocked in Cond.Wait (runtime_notifyListWait at sema.go:587).
package main

import (
	"runtime/debug"
	"sync"
	"time"
)

func main() {
	debug.SetTraceback("all")
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	go func() {
		time.Sleep(5 * time.Millisecond)
		var m map[string]int
		m["x"] = 1
	}()
	mu.Lock()
	c.Wait()
}
