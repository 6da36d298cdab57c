// With one P, a new goroutine goes to runnext: the last one started runs first, then the rest in order.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("goroutine", i)
		}()
	}
	wg.Wait()
	fmt.Println("procs", runtime.GOMAXPROCS(0))
}
