// runtime.Goexit runs deferred calls in order, recover returns nil during it, and the goroutine ends.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func inner(log *[]string) {
	defer func() { *log = append(*log, "inner defer") }()
	runtime.Goexit()
	*log = append(*log, "after Goexit?!")
}

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			r := recover()
			log = append(log, fmt.Sprint("recover during Goexit: ", r))
		}()
		defer func() { log = append(log, "outer defer") }()
		inner(&log)
		log = append(log, "after inner?!")
	}()
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered panic raised in a defer during Goexit:", r)
			}
		}()
		defer panic("from defer")
		runtime.Goexit()
	}()
	<-done
	fmt.Println("main ends")
}
