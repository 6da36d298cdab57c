// goroutine_deadlock_mutex: locking a Mutex twice in the same goroutine deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
