// Closures capture by value what Go captures by value (never reassigned after the first
// capture, address never taken, at most 128 bytes): an escaping closure then costs one
// allocation, its own; a variable captured by reference gets a heap cell too.
package main

import (
	"fmt"
	"runtime"
)

var sink func() int
var sinkf []func() int

func allocs(f func()) uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	for i := 0; i < 100; i++ {
		f()
	}
	runtime.ReadMemStats(&ms)
	return (ms.Mallocs - before + 50) / 100
}

type T struct{ a, b, c int }

func main() {
	fmt.Println("escaping closure, two ints by value:", allocs(func() {
		x, y := 1, 2
		sink = func() int { return x + y }
	}))
	fmt.Println("escaping closure, reassigned var (by reference):", allocs(func() {
		x := 1
		sink = func() int { x++; return x }
	}))
	fmt.Println("escaping closure, struct by value:", allocs(func() {
		t := T{1, 2, 3}
		sink = func() int { return t.a + t.c }
	}))
	fmt.Println("escaping closure, big array (by reference):", allocs(func() {
		var big [20]int
		big[3] = 4
		sink = func() int { return big[3] }
	}))
	fmt.Println("loop closures, 3-clause var:", allocs(func() {
		sinkf = sinkf[:0]
		for i := 0; i < 4; i++ {
			sinkf = append(sinkf, func() int { return i })
		}
	}))
	fmt.Println("param by value:", allocs(func() { mk(5) }))
	fmt.Println(sink(), len(sinkf))
}

func mk(n int) { sink = func() int { return n * 2 } }
