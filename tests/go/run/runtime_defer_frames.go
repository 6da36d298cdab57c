// runtime_defer_frames: what runtime.Caller(1) sees from deferred calls run by a return, a panic and runtime.Goexit.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }

func caller() string {
	pc, file, line, _ := runtime.Caller(2)
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), base(file), line)
}

//go:noinline
func returns() {
	defer func() { fmt.Println("return:", caller()) }()
	fmt.Println("returning")
}

//go:noinline
func panics() {
	defer func() {
		fmt.Println("panic:", caller())
		recover()
	}()
	var m map[string]int
	m["x"] = 1
}

func main() {
	returns()
	panics()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("goexit:", caller()) }()
		runtime.Goexit()
	}()
	wg.Wait()
}
