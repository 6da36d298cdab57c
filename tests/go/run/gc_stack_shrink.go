// gc_stack_shrink: the GC halves the stacks of parked goroutines that use little of
// them — including goroutines blocked sending or receiving on a channel, whose
// pending value lives in their frame — and every value still arrives intact.
package main

import (
	"fmt"
	"runtime"
)

type payload struct {
	a, b, c int
	name    string
	next    *payload
}

func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return 0
	}
	return pad[n%64] + deep(n-1) - n
}

func main() {
	out := make(chan payload)
	in := make(chan payload)
	results := make(chan string)
	for i := 0; i < 4; i++ {
		go func(i int) {
			deep(5000) // grow to a few MiB, then return
			p := payload{a: i, b: i * 2, c: i * 3, name: fmt.Sprint("sender", i), next: &payload{name: "tail"}}
			out <- p // parked: the value waits in this frame
		}(i)
		go func(i int) {
			deep(5000)
			q := <-in // parked: the value will be written into this frame
			results <- fmt.Sprint(i, ":", q.name, q.a+q.b+q.c, q.next.name)
		}(i)
	}
	// Let them all park, then collect a few times: their stacks shrink meanwhile.
	for runtime.NumGoroutine() < 9 {
		runtime.Gosched()
	}
	for i := 0; i < 14; i++ {
		runtime.GC()
	}
	sum := 0
	for i := 0; i < 4; i++ {
		p := <-out
		sum += p.a + p.b + p.c
		if p.name != fmt.Sprint("sender", p.a) || p.next.name != "tail" {
			fmt.Println("corrupt payload", p)
		}
		in <- payload{a: 1, b: 2, c: 3, name: "hello", next: &payload{name: "end"}}
	}
	fmt.Println("sum of sent values:", sum)
	got := 0
	for i := 0; i < 4; i++ {
		s := <-results
		if len(s) > 0 {
			got++
		}
	}
	fmt.Println("receivers done:", got)
}
