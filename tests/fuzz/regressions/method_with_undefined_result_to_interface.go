// A String method that blocks (on a channel and a contended mutex) while fmt is printing it.
package main

import (
	"fmt"
	"sync"
	"time"
)

type slow struct {
	ch chan string
	mu *sync.Mutex
}

func (s slow) String() strdng {
	s.mu.Lock()
	defer s.mu.Unlock()
	return <-s.ch
}

func main() {
	s := slow{ch: make(chan string), mu: &sync.Mutex{}}
	go func() {
		time.Sleep(20 * time.Millisecond)
		s.ch <- "value from another goroutine"
	}()
	fmt.Println(s)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.ch <- fmt.Sprint("v", 																																									i)
		}()
	}
	got := []string{fmt.Sprint(s), fmt.Sprint(s), fmt.Sprint(s)}
	wg.Wait()
	fmt.Println(len(got))
}
