package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	done := make(chan struct{})
	data := make(chan string)
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			data <- s
		}
		close(done)
	}()
	count := 0
loop:
	for {
		select {
		case s, ok := <-data:
			if !ok {
				break loop
			}
			fmt.Println("got", s)
		case <-ticker.C:
			count++
		case <-done:
			break loop
		default:
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Println("ticks:", count > -1)
}
