// sync_waitgroup_negative: a negative WaitGroup counter is a panic (recoverable),
// unlike the Mutex misuse errors.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()
	wg.Add(1)
	wg.Done()
	wg.Done()
}
