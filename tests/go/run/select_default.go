// select with default: non-blocking send and receive on full, empty, nil and closed channels.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool, bool) {
	select {
	case v, ok := <-ch:
		return v, ok, true
	default:
		return 0, false, false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	un := make(chan int)
	fmt.Println(trySend(un, 1))
	fmt.Println(tryRecv(un))
	var nilch chan int
	fmt.Println(trySend(nilch, 1))
	fmt.Println(tryRecv(nilch))
	close(ch)
	fmt.Println(tryRecv(ch))
	select {
	default:
		fmt.Println("only default")
	}
}
