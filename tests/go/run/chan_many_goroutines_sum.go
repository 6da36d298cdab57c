// 10000 goroutines each send one value into one channel; main sums them.
package main

import "fmt"

func main() {
	const n = 10000
	ch := make(chan int)
	for i := 1; i <= n; i++ {
		go func() {
			ch <- i
		}()
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	fmt.Println("sum", sum, "want", n*(n+1)/2)
	bch := make(chan int, 100)
	for i := 1; i <= n; i++ {
		go func(v int) { bch <- v * 2 }(i)
	}
	sum = 0
	for i := 0; i < n; i++ {
		sum += <-bch
	}
	fmt.Println("sum", sum)
}
