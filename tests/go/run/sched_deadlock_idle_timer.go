// Go 1.23: a timer whose channel nobody waits on is not "pending" for deadlock detection (exit 2).
package main

import (
	"fmt"
	"time"
)

func main() {
	ready := make(chan int, 1)
	ready <- 1
	select {
	case v := <-ready:
		fmt.Println("ready first:", v)
	case <-time.After(time.Hour):
		fmt.Println("timeout?!")
	}
	t := time.NewTimer(time.Hour)
	_ = t
	var mu chan bool
	mu <- true
}
