// Goroutines changing GOMAXPROCS at once: each change stops the world; none deadlocks.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				runtime.GOMAXPROCS(1 + (i+j)%4)
			}
		}()
	}
	wg.Wait()
	runtime.GOMAXPROCS(2)
	fmt.Println(runtime.GOMAXPROCS(0))
}
