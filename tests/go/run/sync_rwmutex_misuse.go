// sync_rwmutex_misuse: RUnlock of an RWMutex nobody read-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("one RUnlock too many")
	rw.RUnlock()
}
