// gc_memstats: runtime.ReadMemStats's invariants, runtime.GC's effect on the counters,
// and the size classes MemStats.BySize reports.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	buf  [48]byte
}

var sink *node

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var head *node
	for i := 0; i < 100000; i++ {
		head = &node{next: head}
	}
	sink = head
	var mid runtime.MemStats
	runtime.ReadMemStats(&mid)
	fmt.Println("objects grew by at least 100000:", mid.HeapObjects >= before.HeapObjects+100000)
	fmt.Println("mallocs grew by at least 100000:", mid.Mallocs-before.Mallocs >= 100000)
	sink = nil
	head = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("freed at least 100000:", after.Frees-mid.Frees >= 100000)
	fmt.Println("objects back down:", after.HeapObjects < mid.HeapObjects-90000)
	fmt.Println("forced GCs:", after.NumForcedGC-before.NumForcedGC)
	fmt.Println("NumGC grew:", after.NumGC > before.NumGC)
	fmt.Println("LastGC set:", after.LastGC > 0)
	fmt.Println("PauseTotalNs grew:", after.PauseTotalNs > before.PauseTotalNs)
	for _, m := range []runtime.MemStats{before, mid, after} {
		fmt.Println(m.Alloc == m.HeapAlloc,
			m.HeapInuse >= m.HeapAlloc,
			m.HeapIdle == m.HeapSys-m.HeapInuse,
			m.HeapReleased <= m.HeapIdle,
			m.Mallocs-m.Frees == m.HeapObjects,
			m.Sys >= m.HeapSys+m.StackSys,
			m.TotalAlloc >= m.Alloc,
			m.NextGC > 0,
			m.EnableGC, m.DebugGC)
	}
	var sizes []uint32
	for _, b := range after.BySize {
		sizes = append(sizes, b.Size)
	}
	fmt.Println(len(after.BySize), sizes)
}
