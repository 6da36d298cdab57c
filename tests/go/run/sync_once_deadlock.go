// sync_once_deadlock: Once.Do called again from inside its own function deadlocks on the Once's mutex; the dump shows doSlow and the inlined Do twice.
package main

import "sync"

var once sync.Once

func main() {
	once.Do(func() {
		once.Do(func() {})
	})
}
