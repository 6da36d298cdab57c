// goroutine_unbuffered: an unbuffered channel hands values from a producer to main in order.
package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() {
		for _, w := range []string{"one", "two", "three"} {
			ch <- w
		}
		ch <- "done"
	}()
	for {
		w := <-ch
		fmt.Println(w)
		if w == "done" {
			break
		}
	}
}
