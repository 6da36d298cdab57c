// A select blocked on a send case panics when that channel is closed; a blocked receive case gets ok=false.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	never := make(chan int)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("sender recovered: ", recover()) }()
		select {
		case ch <- 1:
			res <- "sent?!"
		case <-never:
		}
	}()
	rc := make(chan int)
	go func() {
		select {
		case v, ok := <-rc:
			res <- fmt.Sprint("receiver woke: ", v, " ", ok)
		case <-never:
		}
	}()
	time.Sleep(30 * time.Millisecond)
	close(ch)
	fmt.Println(<-res)
	close(rc)
	fmt.Println(<-res)
}
