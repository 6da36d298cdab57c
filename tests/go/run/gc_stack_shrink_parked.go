// gc_stack_shrink_parked: the GC also shrinks the stacks of goroutines parked in a
// select (whose cases point into their frames) and on a Mutex or WaitGroup, and every
// value a select sends or receives still arrives intact.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type payload struct {
	n    int
	name string
	next *payload
}

func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return 0
	}
	return pad[n%64] + deep(n-1) - n
}

func stackInuse() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.StackInuse
}

func main() {
	var mu sync.Mutex
	var wg, gate, grown sync.WaitGroup
	out := make(chan payload)
	in := make(chan payload)
	quit := make(chan bool)
	results := make(chan string, 12)
	gate.Add(1)
	mu.Lock()
	for i := 0; i < 4; i++ {
		wg.Add(3)
		grown.Add(3)
		go func(i int) { // parked in a select: one case sends from this frame, one receives into it
			defer wg.Done()
			deep(5000)
			grown.Done()
			p := payload{n: i, name: fmt.Sprint("select", i), next: &payload{name: "tail"}}
			var q payload
			select {
			case out <- p:
				results <- "sent " + p.name
			case q = <-in:
				results <- fmt.Sprint("received ", q.name, " ", q.n, " ", q.next.name)
			case <-quit:
			}
		}(i)
		go func(i int) { // parked on a Mutex
			defer wg.Done()
			deep(5000)
			grown.Done()
			mu.Lock()
			results <- fmt.Sprint("locked ", i)
			mu.Unlock()
		}(i)
		go func(i int) { // parked in WaitGroup.Wait
			defer wg.Done()
			deep(5000)
			grown.Done()
			gate.Wait()
			results <- fmt.Sprint("gate ", i)
		}(i)
	}
	grown.Wait() // every stack has grown to a few MiB; its goroutine is parking
	before := stackInuse()
	for i := 0; i < 14; i++ {
		runtime.GC()
	}
	after := stackInuse()
	fmt.Println("stacks in use fell to under a quarter:", after < before/4)

	sent, received := 0, 0
	for i := 0; i < 2; i++ {
		p := <-out
		if p.name == fmt.Sprint("select", p.n) && p.next.name == "tail" {
			sent++
		}
		in <- payload{n: 42, name: "hello", next: &payload{name: "end"}}
		received++
	}
	mu.Unlock()
	gate.Done()
	wg.Wait()
	close(results)
	counts := map[string]int{}
	for r := range results {
		switch {
		case r == "received hello 42 end":
			counts["received intact"]++
		case len(r) > 5 && r[:5] == "sent ":
			counts["sent"]++
		case len(r) > 7 && r[:7] == "locked ":
			counts["locked"]++
		case len(r) > 5 && r[:5] == "gate ":
			counts["gate"]++
		default:
			fmt.Println("unexpected:", r)
		}
	}
	fmt.Println("intact values taken from selects:", sent, "of", 2)
	fmt.Println(counts["sent"], "sent,", counts["received intact"], "received intact,", counts["locked"], "locked,", counts["gate"], "through the gate")
	_ = received
}
