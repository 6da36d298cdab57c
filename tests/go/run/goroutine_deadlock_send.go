// goroutine_deadlock_send: unbuffered send with no receiver deadlocks.
package main

func main() {
	ch := make(chan int)
	ch <- 1
}
