// runtime.LockOSThread: nested locks (only the last UnlockOSThread unwires), a locked
// goroutine that blocks and is woken again (its thread waits for it while the P runs
// others), locked goroutines ping-ponging under GOMAXPROCS=1, a locked goroutine
// sleeping on a timer, and goroutines that exit while locked (their threads retire).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	runtime.LockOSThread()
	runtime.LockOSThread()
	runtime.UnlockOSThread() // still locked: one LockOSThread outstanding

	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("main got", v)
	}
	runtime.UnlockOSThread()
	runtime.UnlockOSThread() // unmatched: nothing happens

	ping, pong := make(chan int), make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		for i := 0; i < 5; i++ {
			ping <- i
			fmt.Println("ping side got", <-pong)
		}
	}()
	go func() {
		defer wg.Done()
		runtime.LockOSThread()
		for i := 0; i < 5; i++ {
			v := <-ping
			time.Sleep(time.Millisecond)
			pong <- v * 10
		}
		// exits still locked: its thread goes away with it
	}()
	wg.Wait()

	for i := 0; i < 4; i++ {
		done := make(chan int)
		go func() {
			runtime.LockOSThread()
			done <- i
		}()
		fmt.Println("locked goroutine", <-done, "done")
	}
	fmt.Println("end")
}
