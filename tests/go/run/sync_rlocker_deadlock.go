// sync_rlocker_deadlock: RLocker().Lock while a writer holds the lock blocks in RLock (both inlined in Go's dump).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	l := rw.RLocker()
	fmt.Println("locking")
	l.Lock()
}
