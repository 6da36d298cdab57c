// runtime_callers_frames: runtime.Callers + CallersFrames list every frame down to runtime.main and runtime.goexit.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }

//go:noinline
func trace(skip int) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		fmt.Printf("%s %s:%d entry<=pc:%v func:%v\n", fr.Function, base(fr.File), fr.Line, fr.Entry <= fr.PC, fr.Func != nil && fr.Func.Name() == fr.Function)
		if !more {
			break
		}
	}
	fmt.Println("--")
}

type Counter struct{ n int }

//go:noinline
func (c *Counter) Bump(depth int) {
	if depth > 0 {
		c.Bump(depth - 1)
		return
	}
	trace(1)
}

//go:noinline
func outer() { inner() }

//go:noinline
func inner() { trace(2) }

func main() {
	trace(1)
	outer()
	c := &Counter{}
	c.Bump(2)
	n := runtime.Callers(100, make([]uintptr, 4))
	fmt.Println("past the end:", n)
	fmt.Println("empty slice:", runtime.Callers(0, nil))
	pcs := make([]uintptr, 1)
	runtime.Callers(1, pcs)
	fr, more := runtime.CallersFrames(pcs).Next()
	fmt.Println(fr.Function, fr.Line, more)
	fr, more = runtime.CallersFrames(nil).Next()
	fmt.Printf("%q %d %v\n", fr.Function, fr.Line, more)
}
