// Panics in many goroutines, each recovered inside its goroutine, reported in order through channels.
package main

import (
	"errors"
	"fmt"
)

func worker(id int, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprintf("worker %d recovered: %v", id, r)
		}
	}()
	switch id % 4 {
	case 0:
		panic(fmt.Sprintf("custom %d", id))
	case 1:
		var m map[string]int
		m["x"] = id
	case 2:
		a := []int{1, 2, 3}
		i := id + 5
		_ = a[i]
	case 3:
		panic(errors.New("an error value"))
	}
	out <- "no panic?!"
}

func main() {
	chans := make([]chan string, 8)
	for i := range chans {
		chans[i] = make(chan string)
		go worker(i, chans[i])
	}
	for _, c := range chans {
		fmt.Println(<-c)
	}
}
