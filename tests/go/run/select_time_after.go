// time.After in select: a timeout fires when nothing else is ready; a ready channel wins before it.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	start := time.Now()
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	el := time.Since(start)
	fmt.Println("waited at least 50ms:", el >= 50*time.Millisecond, "less than 2s:", el < 2*time.Second)

	res := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		res <- "fast result"
	}()
	select {
	case r := <-res:
		fmt.Println(r)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}
	timeouts := 0
	for i := 0; i < 5; i++ {
		select {
		case <-never:
		case <-time.After(time.Millisecond):
			timeouts++
		}
	}
	fmt.Println("timeouts", timeouts)
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped pending timer:", t.Stop())
	t.Reset(20 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")
	fmt.Println("stop after fire:", t.Stop())
	fired := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { fired <- true })
	fmt.Println("AfterFunc ran:", <-fired)
}
