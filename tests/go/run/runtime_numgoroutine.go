// runtime_numgoroutine: runtime.NumGoroutine() is 1 in main; counts goroutines blocked on a channel.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan struct{})
	started := make(chan struct{})
	for range 3 {
		go func() {
			started <- struct{}{}
			<-block
		}()
	}
	for range 3 {
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	close(block)
}
