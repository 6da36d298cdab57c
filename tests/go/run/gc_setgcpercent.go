// gc_setgcpercent: runtime/debug's knobs return the previous setting, and with the
// collector off no cycle runs however much garbage there is.
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(-1))
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 20000; i++ {
		sink = make([]byte, 1024)
	}
	runtime.ReadMemStats(&b)
	fmt.Println("no cycle while off:", b.NumGC == a.NumGC)
	fmt.Println(debug.SetGCPercent(100))
	fmt.Println(debug.SetMemoryLimit(-1) == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(1 << 30) == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(-1))
	debug.FreeOSMemory()
	var c runtime.MemStats
	runtime.ReadMemStats(&c)
	fmt.Println("FreeOSMemory ran a cycle:", c.NumGC > b.NumGC)
}
