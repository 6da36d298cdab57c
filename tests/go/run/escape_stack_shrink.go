package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Goroutines hold pointers into their own stacks (escape analysis keeps the targets
// local) while they park on channels and while the collector runs: stacks grow in
// deep calls and shrink at GC while parked, and every such pointer must follow.

type node struct {
	val  int
	next *node
}

type counter struct{ n int }

func (c *counter) add(k int) { c.n += k }

func grow(depth int, c *counter) int {
	var pad [64]int
	pad[depth%64] = depth
	if depth == 0 {
		c.add(1)
		return 0
	}
	return grow(depth-1, c) + pad[depth%64] - depth + 1
}

func worker(id int, in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	var c counter
	list := &node{val: id} // a stack object pointing at heap nodes
	keep := make([]*node, 0, 8)
	visit := func(n *node) { c.add(n.val) }
	for k := range in {
		// deep: the stack grows (and c, list, keep, visit's context move with it)
		grow(500+k%7*100, &c)
		for i := 0; i < 4; i++ {
			list = &node{val: i, next: list} // these escape: the heap, reached from the stack
		}
		if len(keep) < cap(keep) {
			keep = append(keep, list)
		}
		for n := list; n != nil; n = n.next {
			visit(n)
		}
		out <- c.n // parks here with the pointers live; GCs shrink the stack meanwhile
	}
	total := 0
	for _, n := range keep {
		total += n.val
	}
	out <- total
}

func main() {
	const workers, rounds = 4, 30
	var wg sync.WaitGroup
	ins := make([]chan int, workers)
	out := make(chan int)
	for w := 0; w < workers; w++ {
		ins[w] = make(chan int)
		wg.Add(1)
		go worker(w, ins[w], out, &wg)
	}
	sum := 0
	for r := 0; r < rounds; r++ {
		for w := 0; w < workers; w++ {
			ins[w] <- r
		}
		for w := 0; w < workers; w++ {
			sum += <-out
		}
		runtime.GC() // the workers are parked on out or in: their stacks may shrink
	}
	for w := 0; w < workers; w++ {
		close(ins[w])
	}
	for w := 0; w < workers; w++ {
		sum += <-out
	}
	wg.Wait()
	fmt.Println(sum)
}
