// With one P, runtime.Gosched alternates two goroutines deterministically.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	var log []string
	for _, name := range []string{"A", "B"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				log = append(log, fmt.Sprint(name, i))
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(log)
}
