// Locking a sync.Mutex twice in the only goroutine: deadlock (exit 2).
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
