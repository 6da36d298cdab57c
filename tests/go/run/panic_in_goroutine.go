// panic_in_goroutine: an unrecovered panic in a goroutine kills the program.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m map[int]int
		m[1] = 2
	}()
	wg.Wait()
	select {}
}
