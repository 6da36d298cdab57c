// time_ticker: Ticker ticks at its period, drops ticks a slow receiver misses, stops
// and resets; Tick; the panics for non-positive periods.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	fmt.Println("3 ticks took >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	time.Sleep(55 * time.Millisecond) // about five ticks pass; at most one is kept
	n := 0
	for {
		select {
		case <-tk.C:
			n++
			continue
		default:
		}
		break
	}
	fmt.Println("buffered ticks after a slow receiver:", n)
	start = time.Now()
	tk.Reset(20 * time.Millisecond)
	<-tk.C
	fmt.Println("after Reset(20ms) the next tick takes >= 19ms:", time.Since(start) >= 19*time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after Stop!")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
	c := time.Tick(5 * time.Millisecond)
	<-c
	<-c
	fmt.Println("Tick works; Tick(0) is nil:", time.Tick(0) == nil, time.Tick(-1) == nil)
	var zero time.Ticker
	zero.Stop()
	fmt.Println("Stop of a zero Ticker is fine")
	for _, f := range []func(){
		func() { time.NewTicker(0) },
		func() { time.NewTicker(time.Second).Reset(-1) },
		func() { zero.Reset(time.Second) },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
}
