// chan_make_args: make(chan T, n) checks n like a slice length: sign, integer type, argument count.
package main

func main() {
	n := 2
	_ = make(chan int)
	_ = make(chan int, n)
	_ = make(chan int, -1)
	_ = make(chan int, 1.5)
	_ = make(chan int, "a")
	_ = make(chan int, 1, 2)
	_ = make(<-chan bool, 2.0)
	var f float64
	_ = make(chan int, f)
}
