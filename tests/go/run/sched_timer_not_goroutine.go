// sched_timer_not_goroutine: the runtime delivering timers and tickers is not a
// goroutine of the program: NumGoroutine and full stack dumps do not count it.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

func main() {
	t := time.NewTicker(time.Millisecond)
	done := make(chan bool)
	go func() {
		for {
			select {
			case <-t.C:
			case <-done:
				return
			}
		}
	}()
	wrong := 0
	for i := 0; i < 100; i++ {
		time.Sleep(time.Millisecond)
		if runtime.NumGoroutine() != 2 {
			wrong++
		}
	}
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, true)
	fmt.Println("NumGoroutine != 2:", wrong, "times; goroutines in the dump:", strings.Count(string(buf[:n]), "goroutine "))
	time.AfterFunc(time.Millisecond, func() { done <- true })
	t.Stop()
	// The AfterFunc goroutine and the receiver end soon after; wait for that however
	// slow the machine is (a sanitizer build runs 10-20x slower), then count.
	for i := 0; i < 5000 && runtime.NumGoroutine() != 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after stop:", runtime.NumGoroutine())
}
