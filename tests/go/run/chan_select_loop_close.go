// A select loop drains two producers until both close their channels; a closed case is
// disabled by setting its channel to nil. Each producer also has a done signal sent
// through a buffered channel; totals must match whatever the interleaving.
package main

import (
	"fmt"
	"sort"
)

func produce(n, base int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- base + i
	}
	close(out)
}

func main() {
	a, b := make(chan int), make(chan int, 3)
	go produce(50, 0, a)
	go produce(70, 1000, b)
	var got []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		}
	}
	sort.Ints(got)
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println(len(got), got[0], got[49], got[50], got[len(got)-1], sum)
	// A receive from a nil channel in a select with default never blocks.
	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel case skipped")
	}
}
