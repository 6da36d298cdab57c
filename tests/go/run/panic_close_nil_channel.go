// panic_close_nil_channel: closing a nil channel.
package main

func main() {
	var ch chan int
	close(ch)
}
