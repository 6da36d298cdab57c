// Buffered channel throughput: one producer, one consumer, 2,000,000 ints through a
// channel of capacity 128 (the ring buffer; parks only when it is full or empty).
package main

import "fmt"

func main() {
	const n = 2000000
	ch := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
}
