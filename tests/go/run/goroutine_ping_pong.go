// goroutine_ping_pong: two goroutines alternate strictly through two unbuffered channels.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			fmt.Println("ping", v)
			pong <- v + 1
		}
		close(done)
	}()
	v := 0
	for range 3 {
		ping <- v
		v = <-pong
		fmt.Println("pong", v)
		v++
	}
	close(ping)
	<-done
	fmt.Println("final", v)
}
