// time_timers: Timer, After, AfterFunc, Stop/Reset results and Go 1.23's guarantee that
// no stale value is received after Stop or Reset returns.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	v := <-t.C
	fmt.Println("fired after >= 20ms:", v.Sub(start) >= 20*time.Millisecond, time.Since(start) >= 20*time.Millisecond)
	fmt.Println("Stop after receive:", t.Stop())
	fmt.Println("Reset of expired timer:", t.Reset(time.Hour))
	fmt.Println("Stop of pending timer:", t.Stop(), "again:", t.Stop())

	// A fired but unreceived value is dropped by Stop, which then reports true.
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("Stop with unreceived value:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("stale value!")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no stale value after Stop")
	}

	// Reset drops a pending value too and re-arms the timer.
	t3 := time.NewTimer(time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	before := time.Now()
	fmt.Println("Reset with unreceived value:", t3.Reset(10*time.Millisecond))
	<-t3.C
	fmt.Println("fresh value after Reset:", time.Since(before) >= 9*time.Millisecond)

	// After in a select with a faster channel.
	fast := make(chan string, 1)
	fast <- "fast"
	select {
	case s := <-fast:
		fmt.Println(s)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	select {
	case s := <-make(chan string):
		fmt.Println(s)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	// AfterFunc runs f in its own goroutine; Stop before it fires cancels it.
	var wg sync.WaitGroup
	wg.Add(1)
	ran := false
	af := time.AfterFunc(5*time.Millisecond, func() { ran = true; wg.Done() })
	wg.Wait()
	fmt.Println("AfterFunc ran:", ran, "Stop after run:", af.Stop(), "C is nil:", af.C == nil)
	cancelled := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("Stop of pending AfterFunc:", cancelled.Stop())
	again := time.AfterFunc(time.Hour, func() { fmt.Println("AfterFunc after Reset"); wg.Done() })
	wg.Add(1)
	fmt.Println("Reset of pending AfterFunc:", again.Reset(time.Millisecond))
	wg.Wait()

	func() {
		defer func() { fmt.Println(recover()) }()
		var zero time.Timer
		zero.Stop()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var zero time.Timer
		zero.Reset(1)
	}()
	time.Sleep(-1)
	time.Sleep(0)
	fmt.Println("done")
}
