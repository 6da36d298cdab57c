// alloc_small: small-object allocation throughput. Allocates structs with pointers of
// 16, 32 and 64 bytes (size classes 16/32/64), each kept briefly in a ring of the 4096
// most recent ones and pointing at one of 4096 permanent objects (so the live heap stays
// small: new objects never point at each other), and times each loop inside the
// program with time.Now, so real Go and Gopherscope print their own numbers. A baseline
// loop does the same loads and stores on preallocated objects: net = (alloc loop -
// baseline) per op estimates the allocation alone, without the interpreter's loop
// overhead. Every loop runs once untimed first (warm-up).
// Lines starting "bench " are timings (compared by bench/mem.sh, not checked); the rest
// of the output is deterministic and must equal Go's.
package main

import (
	"fmt"
	"time"
)

type n16 struct {
	next *n16
	v    int
}

type n32 struct {
	next *n32
	a    *n16
	v, w int
}

type n64 struct {
	next, c *n64
	a       *n32
	b       *n16
	v       [4]int
}

const window = 4096 // a power of two
const ops = 2000000

var ring16 [window]*n16
var ring32 [window]*n32
var ring64 [window]*n64
var pool16 [window]*n16
var pool32 [window]*n32
var pool64 [window]*n64

func alloc16(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		p := &n16{v: i}
		p.next = pool16[(i+1)&(window-1)]
		ring16[i&(window-1)] = p
		sum += p.v & 7
	}
	return sum
}

func base16(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		p := pool16[i&(window-1)]
		p.v = i
		p.next = pool16[(i+1)&(window-1)]
		ring16[i&(window-1)] = p
		sum += p.v & 7
	}
	return sum
}

func alloc32(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		p := &n32{v: i}
		p.next = pool32[(i+1)&(window-1)]
		ring32[i&(window-1)] = p
		sum += p.v & 7
	}
	return sum
}

func base32(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		p := pool32[i&(window-1)]
		p.v = i
		p.next = pool32[(i+1)&(window-1)]
		ring32[i&(window-1)] = p
		sum += p.v & 7
	}
	return sum
}

func alloc64(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		p := &n64{}
		p.v[0] = i
		p.next = pool64[(i+1)&(window-1)]
		ring64[i&(window-1)] = p
		sum += p.v[0] & 7
	}
	return sum
}

func base64(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		p := pool64[i&(window-1)]
		p.v[0] = i
		p.next = pool64[(i+1)&(window-1)]
		ring64[i&(window-1)] = p
		sum += p.v[0] & 7
	}
	return sum
}

// measure runs f(ops) and returns its checksum and nanoseconds per op.
func measure(f func(int) int) (int, float64) {
	start := time.Now()
	s := f(ops)
	return s, float64(time.Since(start).Nanoseconds()) / ops
}

func main() {
	for i := 0; i < window; i++ {
		pool16[i] = &n16{}
		pool32[i] = &n32{}
		pool64[i] = &n64{}
	}
	cases := []struct {
		name        string
		alloc, base func(int) int
	}{
		{"alloc16", alloc16, base16},
		{"alloc32", alloc32, base32},
		{"alloc64", alloc64, base64},
	}
	// Warm up: the heap grown, the caches filled, and (in the wasm build) the engine's
	// optimising tier compiled the interpreter's loop before anything is timed.
	for _, c := range cases {
		c.alloc(ops / 4)
		c.base(ops / 4)
	}
	for _, c := range cases {
		sa, na := measure(c.alloc)
		sb, nb := measure(c.base)
		fmt.Printf("%s: checksum %d %d\n", c.name, sa, sb)
		fmt.Printf("bench %s ns/op=%.2f base=%.2f net=%.2f\n", c.name, na, nb, na-nb)
	}
}
