// eval_append_call_order: in `x = append(x, f())` gc calls f before it reads x, so an
// append f makes to x is kept; the same for a goroutine that appends while f blocks.
package main

import "fmt"

var log []int

func note(v int) int {
	log = append(log, 100+v)
	return v
}

func main() {
	log = append(log, note(1))
	log = append(log, note(2), note(3))
	fmt.Println(log)

	var shared []string
	ch := make(chan string)
	done := make(chan bool)
	go func() {
		shared = append(shared, "from the other goroutine")
		ch <- "received"
		done <- true
	}()
	shared = append(shared, <-ch)
	<-done
	fmt.Println(shared)

	bs := []byte("ab")
	grow := func() string { bs = append(bs, 'x'); return "cd" }
	bs = append(bs, grow()...)
	fmt.Println(string(bs))
}
