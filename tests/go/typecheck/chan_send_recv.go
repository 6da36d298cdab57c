// chan_send_recv: sends and receives on values that are not channels or go the wrong way, and the element's type.
package main

func main() {
	x := 1
	var c chan int
	var r <-chan int
	var s chan<- string
	x <- 1
	_ = <-x
	c <- "a"
	s <- 2
	var y string = <-c
	v, ok := <-s
	var b bool
	y, b = <-r
	_, _, _, _ = y, v, ok, b
	<-r
	(<-c)
	r <- 3
}
