// gc_finalizer: finalizers run after the object becomes unreachable, once each, on
// the runtime's goroutine; the object and what it points to survive until then, and
// a finalizer can resurrect its object.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Resource struct {
	id   int
	data *[64]int
}

var kept *Resource

// Objects made here are unreachable once it returns (its frame is gone).
func makeResources(done chan int) {
	for i := 0; i < 4; i++ {
		r := &Resource{id: i, data: new([64]int)}
		r.data[63] = i * 10
		runtime.SetFinalizer(r, func(r *Resource) {
			// What the object points to is still intact when its finalizer runs.
			done <- r.id*1000 + r.data[63]
			if r.id == 2 {
				kept = r // resurrected: reachable again
			}
		})
	}
}

func makeRemoved(removed chan int) {
	r := &Resource{id: 7}
	runtime.SetFinalizer(r, func(*Resource) { removed <- 7 })
	runtime.SetFinalizer(r, nil)
}

func main() {
	done := make(chan int, 10)
	makeResources(done)
	live := &Resource{id: 99, data: new([64]int)}
	runtime.SetFinalizer(live, func(r *Resource) { done <- -1 })

	runtime.GC()
	var got []int
	timeout := time.After(10 * time.Second)
	for len(got) < 4 {
		select {
		case v := <-done:
			got = append(got, v)
		case <-timeout:
			fmt.Println("timed out after", got)
			return
		}
	}
	sort.Ints(got)
	fmt.Println("finalized:", got)

	// A finalizer runs once: the resurrected object has none any more.
	runtime.GC()
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
	select {
	case v := <-done:
		fmt.Println("unexpected second finalizer", v)
	default:
		fmt.Println("no second run; resurrected object still usable:", kept.id, kept.data[63])
	}
	runtime.KeepAlive(live)
	fmt.Println("live object kept:", live.id)

	// SetFinalizer(p, nil) removes a finalizer.
	removed := make(chan int, 1)
	makeRemoved(removed)
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("removed finalizer ran:", len(removed) > 0)
}
