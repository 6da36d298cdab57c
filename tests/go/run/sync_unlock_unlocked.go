// sync_unlock_unlocked: unlocking an unlocked Mutex is a fatal error, not a panic:
// a deferred recover does not stop it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered?", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
