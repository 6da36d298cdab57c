// A deadlock while main is wired to its thread: the dump says "locked to thread".
package main

import "runtime"

func main() {
	runtime.LockOSThread()
	ch := make(chan int)
	<-ch
}
