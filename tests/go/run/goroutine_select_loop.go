// goroutine_select_loop: select over data and quit channels until quit; counts are deterministic.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 5; i++ {
			data <- i
		}
		quit <- true
	}()
	sum := 0
	for {
		select {
		case v := <-data:
			sum += v
			fmt.Println("recv", v)
		case <-quit:
			fmt.Println("sum", sum)
			return
		}
	}
}
