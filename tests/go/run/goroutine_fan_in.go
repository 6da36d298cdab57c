// goroutine_fan_in: several producers merged into one channel; output sorted for determinism.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := range 3 {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
}

func main() {
	out := make(chan string)
	var wg sync.WaitGroup
	for id := range 3 {
		wg.Add(1)
		go producer(id, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var got []string
	for s := range out {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(len(got), got)
}
