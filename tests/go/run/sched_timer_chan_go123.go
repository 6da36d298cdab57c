// Go 1.23 timer channels: capacity 0, and after Stop or Reset no stale expiry is ever received.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	fmt.Println("len/cap:", len(t.C), cap(t.C))
	time.Sleep(50 * time.Millisecond)
	fmt.Println("len after expiry:", len(t.C))
	fmt.Println("Stop after unreceived expiry:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value after Stop")
	default:
		fmt.Println("no stale value after Stop")
	}
	t2 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("Reset after unreceived expiry:", t2.Reset(time.Hour))
	select {
	case <-t2.C:
		fmt.Println("stale value after Reset")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no stale value after Reset")
	}
	tk := time.NewTicker(5 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("stale tick after Stop")
	default:
		fmt.Println("no stale tick after Stop")
	}
}
