// runtime.Goexit in main runs main's defers; once every other goroutine is done: "no goroutines" fatal error.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	defer fmt.Println("main's defer runs")
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("other goroutine finishes")
	}()
	runtime.Goexit()
	fmt.Println("unreachable")
}
