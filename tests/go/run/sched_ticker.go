// time.Ticker delivers ticks until stopped; ticks are at least the period apart on average.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now() // before the ticker: its 5th tick is then 75ms after start at the earliest
	t := time.NewTicker(15 * time.Millisecond)
	n := 0
	for range t.C {
		n++
		if n == 5 {
			break
		}
	}
	t.Stop()
	el := time.Since(start)
	fmt.Println("ticks", n, "at least 75ms:", el >= 75*time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("tick after Stop?!")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
	done := make(chan bool)
	tk := time.NewTicker(5 * time.Millisecond)
	go func() {
		time.Sleep(60 * time.Millisecond)
		done <- true
	}()
	ticks := 0
loop:
	for {
		select {
		case <-tk.C:
			ticks++
		case <-done:
			break loop
		}
	}
	tk.Stop()
	fmt.Println("ticks in 60ms between 1 and 13:", ticks >= 1 && ticks <= 13)
}
