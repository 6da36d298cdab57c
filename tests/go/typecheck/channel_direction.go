// channel_direction: sending on a receive-only channel and receiving from a send-only channel.
package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1
	_ = <-s
	close(r)
}
