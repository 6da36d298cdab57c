// sched_timer_no_goids: Go 1.23's channel timers fire without goroutines (no goid is
// taken), while an AfterFunc callback runs in a goroutine of its own.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"time"
)

func goid() int {
	buf := make([]byte, 64)
	n := runtime.Stack(buf, false)
	id, _ := strconv.Atoi(strings.Fields(string(buf[:n]))[1])
	return id
}

func main() {
	runtime.GOMAXPROCS(1)
	first := make(chan int)
	go func() { first <- goid() }()
	a := <-first
	for i := 0; i < 50; i++ {
		<-time.After(time.Millisecond)
	}
	tk := time.NewTicker(time.Millisecond)
	for i := 0; i < 20; i++ {
		<-tk.C
	}
	tk.Stop()
	second := make(chan int)
	go func() { second <- goid() }()
	b := <-second
	// Goroutine ids differ from run to run in Go; their distance does not.
	fmt.Println("ids taken between two goroutines, 70 timer firings apart:", b-a)

	done := make(chan int)
	time.AfterFunc(time.Millisecond, func() { done <- runtime.NumGoroutine() })
	fmt.Println("NumGoroutine inside an AfterFunc callback:", <-done)
	t := time.NewTimer(time.Hour)
	fmt.Println("timer len/cap:", len(t.C), cap(t.C), "stopped:", t.Stop())
}
