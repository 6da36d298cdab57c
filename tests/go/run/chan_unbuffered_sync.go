// Unbuffered channels synchronise sender and receiver: each send completes only when received.
package main

import "fmt"

func main() {
	ch := make(chan int)
	ack := make(chan string)
	go func() {
		for i := 0; i < 5; i++ {
			v := <-ch
			ack <- fmt.Sprintf("got %d", v)
		}
		close(ack)
	}()
	for i := 0; i < 5; i++ {
		ch <- i * i
		fmt.Println(<-ack)
	}
	_, ok := <-ack
	fmt.Println("ack closed:", !ok)
	fmt.Println(len(ch), cap(ch))
}
