// runtime_gosched: runtime.Gosched yields; results synchronised by a channel stay deterministic.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan int)
	go func() {
		sum := 0
		for i := range 100 {
			sum += i
			runtime.Gosched()
		}
		done <- sum
	}()
	runtime.Gosched()
	fmt.Println(<-done)
	fmt.Println(runtime.GOOS != "", runtime.Version() != "")
}
