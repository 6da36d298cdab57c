// chan_close_len_cap: close of non-channels and receive-only channels; len and cap of channels are fine.
package main

func main() {
	var r <-chan int
	var s chan<- int
	c := make(chan int, 3)
	x := 2
	close(x)
	close(r)
	close(s)
	close(c)
	close(nil)
	_ = len(r) + cap(s) + len(c) + cap(c)
	close(c, c)
}
