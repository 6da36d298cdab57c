// sync_rwmutex_writer_dump: a writer waiting for a sleeping reader shows RWMutex.Lock at rwmutex.go:153 and time.Sleep in the dump.
package main

import (
	"runtime/debug"
	"sync"
	"time"
)

//go:noinline
func reader(rw *sync.RWMutex) {
	rw.RLock()
	time.Sleep(time.Hour)
}

func main() {
	debug.SetTraceback("all")
	var rw sync.RWMutex
	go reader(&rw)
	time.Sleep(10 * time.Millisecond)
	go func() {
		time.Sleep(10 * time.Millisecond)
		panic("late")
	}()
	rw.Lock()
}
