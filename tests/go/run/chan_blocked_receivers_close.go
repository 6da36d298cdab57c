// Closing a channel wakes every blocked receiver with the zero value and ok=false.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan string)
	var started, wg sync.WaitGroup
	results := make([]string, 5)
	for i := 0; i < 5; i++ {
		started.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			started.Done()
			v, ok := <-ch
			results[i] = fmt.Sprintf("%d:%q,%v", i, v, ok)
		}()
	}
	started.Wait()
	ch2 := make(chan int, 2)
	go func() {
		close(ch)
		close(ch2)
	}()
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	v, ok := <-ch2
	fmt.Println(v, ok)
}
