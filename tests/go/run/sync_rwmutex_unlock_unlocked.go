// sync_rwmutex_unlock_unlocked: Unlock of an RWMutex nobody locked is a fatal error from RWMutex.Unlock.
package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.Unlock()
}
