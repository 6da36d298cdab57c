// alloc_live200: allocation with a large live, pointer-rich heap. Builds a binary tree
// of liveMB (200) MB of 48-byte nodes, three pointers each (children and a cross link),
// plus a slice indexing every node, then allocates garbage nodes at a steady rate: each
// new node points into the tree (nodes taken in order, so the loop is not a test of
// cache misses), and one in 64 replaces that tree node's cross link
// (a pointer write into the old heap, so the write barrier and the marker see it).
// Timed inside the program (time.Now) so real Go and Gopherscope print their own
// numbers; the collector runs several cycles over the live heap while it goes.
// Lines starting "bench " are timings and heap figures (printed by bench/mem.sh, not
// checked); the rest is deterministic and must equal Go's output.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type node struct {
	left, right, link *node
	val, a, b         int
}

const liveMB = 200 // bench/mem.sh may scale this down for the wasm build
const nodeBytes = 48
const ops = 10000000

var nodes []*node

// build makes liveMB MB of tree nodes, node i's children being 2i+1 and 2i+2.
func build() *node {
	n := liveMB << 20 / (nodeBytes + 8) // each node also costs a slot in nodes
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

// churn allocates n garbage nodes; one in 64 is kept as a tree node's link.
func churn(n int) int {
	sum, j := 0, 0
	for i := 0; i < n; i++ {
		t := nodes[j]
		if j++; j == len(nodes) {
			j = 0
		}
		p := &node{left: t, val: i}
		if i&63 == 0 {
			t.link = p
		}
		sum += p.left.val & 15
	}
	return sum
}

// walk sums the tree's values and counts the links set, iteratively.
func walk(root *node) (int, int) {
	sum, links := 0, 0
	stack := []*node{root}
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		sum += t.val
		if t.link != nil {
			links++
			sum += t.link.val & 1023
		}
		if t.left != nil {
			stack = append(stack, t.left)
		}
		if t.right != nil {
			stack = append(stack, t.right)
		}
	}
	return sum, links
}

func main() {
	start := time.Now()
	root := build()
	buildNs := time.Since(start).Nanoseconds()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gc0 := ms.NumGC
	fmt.Printf("live heap: %d nodes\n", len(nodes))
	fmt.Printf("bench build ms=%.1f heap_mb=%d\n", float64(buildNs)/1e6, ms.HeapAlloc>>20)

	start = time.Now()
	sum := churn(ops)
	churnNs := time.Since(start).Nanoseconds()
	runtime.ReadMemStats(&ms)
	fmt.Printf("churn checksum: %d\n", sum)
	fmt.Printf("bench churn ns/op=%.2f gcs=%d heap_mb=%d\n", float64(churnNs)/ops, ms.NumGC-gc0, ms.HeapAlloc>>20)

	s, links := walk(root)
	fmt.Printf("tree: sum %d, links %d\n", s, links)
}
