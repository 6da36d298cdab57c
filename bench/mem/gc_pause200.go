// gc_pause200: stop-the-world pauses and the collector's CPU share with a large live
// heap. Builds liveMB (200) MB of pointer-rich tree nodes, then allocates pointerful
// garbage (512-byte blocks of 64 pointers into the tree, the 256 newest kept) until
// the collector has run `cycles` more times, and reads runtime.MemStats: the pauses of
// those cycles from PauseNs (Go's circular buffer of 256, indexed by NumGC), their
// maximum and 99th percentile (nearest rank), and GCCPUFraction (the collector's share
// of the CPU since the program started, build phase included).
// Lines starting "bench " are measurements (printed by bench/mem.sh, not checked); the
// rest is deterministic and must equal Go's output.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type node struct {
	left, right, link *node
	val, a, b         int
}

const liveMB = 200 // bench/mem.sh may scale this down for the wasm build
const nodeBytes = 48
const cycles = 12
const keep = 256 // a power of two

var nodes []*node
var recent [keep][]*node

func build() *node {
	n := liveMB << 20 / (nodeBytes + 8)
	nodes = make([]*node, n)
	for i := range nodes {
		nodes[i] = &node{val: i}
	}
	for i := range nodes {
		if l := 2*i + 1; l < n {
			nodes[i].left = nodes[l]
		}
		if r := 2*i + 2; r < n {
			nodes[i].right = nodes[r]
		}
	}
	return nodes[0]
}

// churn allocates garbage until NumGC has grown by want; it returns the number of
// blocks allocated. MemStats is read once per 4096 blocks (2 MB).
func churn(want uint32) int {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	target := ms.NumGC + want
	j, blocks := 0, 0
	for {
		for k := 0; k < 4096; k++ {
			b := make([]*node, 64)
			for e := 0; e < len(b); e += 8 {
				b[e] = nodes[j]
				if j++; j == len(nodes) {
					j = 0
				}
			}
			recent[blocks&(keep-1)] = b
			blocks++
		}
		runtime.ReadMemStats(&ms)
		if ms.NumGC >= target {
			return blocks
		}
	}
}

func main() {
	start := time.Now()
	root := build()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gc0 := ms.NumGC
	fmt.Printf("live heap: %d nodes, root %d\n", len(nodes), root.val)
	fmt.Printf("bench build ms=%.1f heap_mb=%d gcs=%d\n", float64(time.Since(start).Nanoseconds())/1e6, ms.HeapAlloc>>20, gc0)

	t := time.Now()
	blocks := churn(cycles)
	churnNs := time.Since(t).Nanoseconds()
	runtime.ReadMemStats(&ms)
	n := ms.NumGC - gc0
	if n > 256 {
		n = 256
	}
	pauses := make([]uint64, 0, n)
	for i := ms.NumGC - n + 1; i <= ms.NumGC; i++ {
		pauses = append(pauses, ms.PauseNs[(i+255)%256])
	}
	sort.Slice(pauses, func(a, b int) bool { return pauses[a] < pauses[b] })
	rank := (99*len(pauses) + 99) / 100 // nearest rank: ceil(0.99 n)
	var total uint64
	for _, p := range pauses {
		total += p
	}
	fmt.Printf("collected at least %d times\n", cycles)
	fmt.Printf("bench pauses n=%d p99_ms=%.3f max_ms=%.3f mean_ms=%.3f gc_cpu=%.4f churn_ns_per_block=%.1f heap_mb=%d\n",
		len(pauses), float64(pauses[rank-1])/1e6, float64(pauses[len(pauses)-1])/1e6,
		float64(total)/float64(len(pauses))/1e6, ms.GCCPUFraction, float64(churnNs)/float64(blocks), ms.HeapAlloc>>20)
}
