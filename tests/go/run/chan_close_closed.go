// close of a closed channel panics (exit 2); a recovered one first shows the runtime error text.
package main

import "fmt"

func tryClose(ch chan int) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println("recovered:", r, isErr, err)
	}()
	close(ch)
}

func main() {
	ch := make(chan int, 1)
	close(ch)
	tryClose(ch)
	var nilch chan int
	tryClose(nilch)
	close(ch)
}
