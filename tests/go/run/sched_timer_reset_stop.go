// Go 1.23 timer semantics: Stop and Reset report whether the timer was active; after
// Stop or Reset no stale value is received (the channel is unbuffered from the program's
// point of view); AfterFunc runs f in its own goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("len/cap:", len(t.C), cap(t.C))

	t2 := time.NewTimer(5 * time.Millisecond)
	time.Sleep(20 * time.Millisecond) // it fires, nobody receives
	fmt.Println("reset after fire:", t2.Reset(10*time.Millisecond))
	start := time.Now()
	<-t2.C // the value from the reset timer, not the stale one
	fmt.Println("waited for the reset:", time.Since(start) >= 9*time.Millisecond)

	done := make(chan string)
	f := time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done)
	fmt.Println("stop after run:", f.Stop())

	tk := time.NewTicker(3 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	select {
	case <-tk.C:
		fmt.Println("stale tick")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
}
