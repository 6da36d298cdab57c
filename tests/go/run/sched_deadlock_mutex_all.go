// Every goroutine blocked on a mutex that nobody will unlock, main in WaitGroup.Wait: deadlock (exit 2).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			fmt.Println("never")
		}()
	}
	fmt.Println("waiting")
	wg.Wait()
}
