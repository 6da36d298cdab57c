// goroutine_deadlock_wg: WaitGroup.Wait with a missing Done deadlocks (semacquire).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one worker")
	}()
	wg.Wait()
}
