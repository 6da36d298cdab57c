// panic_send_closed_channel: sending on a closed channel.
package main

func main() {
	ch := make(chan int, 1)
	close(ch)
	ch <- 1
}
