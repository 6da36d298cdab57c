// range_chan_errors: ranging over a send-only channel, or with two iteration variables.
package main

func main() {
	var s chan<- int
	c := make(chan string)
	for v := range s {
		_ = v
	}
	for i, v := range c {
		_, _ = i, v
	}
	for v := range c {
		var n int = v
		_ = n
	}
	for range c {
	}
}
