// gc_memory_limit_scavenge: free pages a bigger heap left behind do not count against a
// memory limit set later (the scavenger returns them), so the heap goal is not squeezed
// to the live heap and allocation does not collect on every step.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	debug.SetGCPercent(-1)
	for i := 0; i < 20000; i++ {
		sink = make([]byte, 8<<10)
	}
	runtime.GC()
	debug.SetMemoryLimit(32 << 20)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	for i := 0; i < 2000; i++ {
		sink = make([]byte, 8<<10)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("cycles:", m.NumGC-before)
}
