package main

// Escape analysis decides where each allocation lives: what does not escape stays
// in the goroutine's stack frame and costs the allocator nothing; what escapes goes
// through mallocgc. runtime.MemStats.Mallocs counts heap allocations, so each case
// below runs 1000 times and reports whether it reached the heap.

import (
	"fmt"
	"runtime"
)

type P struct{ x, y int }

var before, after runtime.MemStats
var sink *P
var isink any
var total int

func allocs(f func()) uint64 {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

func sum(p *P) int { return p.x + p.y }

func kind(x any) int {
	switch v := x.(type) {
	case P:
		return v.x
	case int:
		return v
	}
	return 0
}

func main() {
	const n = 1000
	report := func(name string, a uint64) {
		fmt.Printf("%-34s heap=%v\n", name, a >= n)
	}
	report("&P{} used locally", allocs(func() {
		for i := 0; i < n; i++ {
			total += sum(&P{i, 1})
		}
	}))
	report("&P{} stored in a global", allocs(func() {
		for i := 0; i < n; i++ {
			sink = &P{i, 1}
		}
	}))
	report("new(int) used locally", allocs(func() {
		for i := 0; i < n; i++ {
			p := new(int)
			*p = i
			total += *p
		}
	}))
	report("make([]int, 8) used locally", allocs(func() {
		for i := 0; i < n; i++ {
			s := make([]int, 8)
			s[i%8] = i
			total += s[3]
		}
	}))
	size := 8
	report("make([]int, size) (not constant)", allocs(func() {
		for i := 0; i < n; i++ {
			s := make([]int, size)
			s[i%8] = i
			total += s[3]
		}
	}))
	report("&v of a local variable", allocs(func() {
		for i := 0; i < n; i++ {
			v := P{i, 2}
			total += sum(&v)
		}
	}))
	report("&v kept after the loop", allocs(func() {
		for i := 0; i < n; i++ {
			v := P{i, 2}
			sink = &v
		}
	}))
	report("closure called in place", allocs(func() {
		for i := 0; i < n; i++ {
			k := i
			add := func(x int) int { return x + k }
			total += add(1)
		}
	}))
	report("P converted to any, inspected", allocs(func() {
		for i := 0; i < n; i++ {
			total += kind(P{i, 3})
		}
	}))
	report("P converted to any, kept", allocs(func() {
		for i := 0; i < n; i++ {
			isink = P{i, 3}
		}
	}))
	fmt.Println(total > 0, sink.x, isink.(P).x)
}
