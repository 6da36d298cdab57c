// A short sleep while a long timer is pending must wake on time, not when the long
// timer fires. (A lost wakeup once let a 10 ms sleep wait for a 2 s timer: the M that
// was going to sleep for the long timer had read the timers just before the short one
// was added, and the M that added it then stopped, seeing a sleeper already there.)
package main

import (
	"fmt"
	"time"
)

func main() {
	late := 0
	for i := 0; i < 500; i++ {
		res := make(chan int)
		go func() {
			time.Sleep(time.Millisecond)
			res <- 1
		}()
		select {
		case <-res:
		case <-time.After(1500 * time.Millisecond):
			late++
		}
	}
	fmt.Println("short sleeps that waited for the long timer:", late)
}
