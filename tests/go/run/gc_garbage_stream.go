// gc_garbage_stream: 256 MiB of short-lived garbage with a small live set: the heap
// stays small because the collector reclaims and the allocator reuses.
package main

import (
	"fmt"
	"runtime"
)

type rec struct {
	id   int
	tag  string
	next *rec
}

func main() {
	var live *rec
	for i := 0; i < 1000; i++ {
		live = &rec{id: i, tag: fmt.Sprint("r", i), next: live}
	}
	var sink []byte
	for i := 0; i < 256*1024; i++ {
		sink = make([]byte, 1024)
		sink[0] = byte(i)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC > 5)
	fmt.Println("heap stayed small:", ms.HeapSys < 64<<20)
	fmt.Println("allocated a lot:", ms.TotalAlloc > 256<<20)
	sum := 0
	n := 0
	for r := live; r != nil; r = r.next {
		sum += r.id + len(r.tag)
		n++
	}
	fmt.Println(n, sum, sink[0])
}
