// gc_while_blocked_in_string: collections run while a String method called by fmt is
// blocked; the values fmt has still to print (held only by the call's arguments)
// survive them.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type waiter struct{ ch chan string }

func (w waiter) String() string { return <-w.ch }

type pair struct{ a, b int }

func makeSlice() []int {
	s := make([]int, 8)
	for i := range s {
		s[i] = i * i
	}
	return s
}

var sink []byte

func main() {
	w := waiter{make(chan string)}
	go func() {
		for i := 0; i < 5; i++ {
			for j := 0; j < 1000; j++ {
				sink = make([]byte, 256)
			}
			runtime.GC()
		}
		w.ch <- "done waiting"
	}()
	fmt.Println(w, makeSlice(), strings.Repeat("x", 3)+"y", &pair{1, 2}, map[string]int{"k": 7})
	fmt.Printf("%v|%s|%d\n", []string{"a", "b"}, w2(), []int{4, 5})
}

func w2() waiter {
	w := waiter{make(chan string)}
	go func() {
		runtime.GC()
		runtime.GC()
		w.ch <- "second"
	}()
	return w
}
