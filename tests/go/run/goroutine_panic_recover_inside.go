// goroutine_panic_recover_inside: a goroutine recovers its own panic and reports via channel.
package main

import "fmt"

func safeGo(f func()) <-chan string {
	res := make(chan string, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				res <- fmt.Sprint("recovered: ", r)
				return
			}
			res <- "ok"
		}()
		f()
	}()
	return res
}

func main() {
	fmt.Println(<-safeGo(func() {}))
	fmt.Println(<-safeGo(func() { panic("worker failed") }))
	fmt.Println(<-safeGo(func() {
		var s []int
		_ = s[3]
	}))
}
