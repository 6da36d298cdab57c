// time.Sleep wakes goroutines in order of their deadlines: sleep sort with 100ms gaps.
package main

import (
	"fmt"
	"time"
)

func main() {
	values := []int{4, 1, 5, 3, 2}
	out := make(chan int)
	for _, v := range values {
		go func() {
			time.Sleep(time.Duration(v) * 100 * time.Millisecond)
			out <- v
		}()
	}
	for range values {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
	start := time.Now()
	time.Sleep(25 * time.Millisecond)
	fmt.Println("slept at least 25ms:", time.Since(start) >= 25*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("non-positive sleeps return")
}
