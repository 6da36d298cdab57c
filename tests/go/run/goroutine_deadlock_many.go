// goroutine_deadlock_many: main and a worker both blocked: the trace lists every goroutine.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	fmt.Println("both wait")
	<-b
}
