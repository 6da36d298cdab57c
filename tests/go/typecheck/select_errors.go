// select_errors: select clauses must send or receive; one default; the usual send/receive checks.
package main

func main() {
	var c chan int
	var s chan<- int
	x := 1
	select {
	case x:
	case c <- 1:
	}
	select {
	case v := <-s:
		_ = v
	case s <- "a":
	case y, ok := <-c:
		_ = ok
	}
	select {
	default:
	case <-c:
	default:
	}
	select {
	case x = <-c:
	case z := <-c:
	}
}
