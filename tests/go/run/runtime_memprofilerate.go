package main

import (
	"fmt"
	"runtime"
)

var sink [][]byte

func grow() {
	for i := 0; i < 100; i++ {
		sink = append(sink, make([]byte, 100))
	}
}

func main() {
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = 1
	grow()
	runtime.GC()
	fmt.Println(len(sink), runtime.MemProfileRate)
}
