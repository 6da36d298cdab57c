// runtime_gc_alloc: heavy allocation with runtime.GC() in between; live data must survive intact.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	id    int
	data  []byte
	child *node
}

func build(depth, id int) *node {
	if depth == 0 {
		return nil
	}
	return &node{id: id, data: make([]byte, 100), child: build(depth-1, id+1)}
}

func main() {
	var keep []*node
	for i := 0; i < 2000; i++ {
		n := build(10, i)
		n.data[0] = byte(i)
		if i%100 == 0 {
			keep = append(keep, n)
		}
		if i%500 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	sum := 0
	for _, n := range keep {
		for c := n; c != nil; c = c.child {
			sum += c.id
		}
		sum += int(n.data[0])
	}
	fmt.Println(len(keep), sum)
	m := map[int]string{}
	for i := range 5000 {
		m[i] = fmt.Sprint(i)
	}
	runtime.GC()
	fmt.Println(len(m), m[4999])
}
