// panic_repanic_unrecovered: panic inside a deferred call during panicking prints both panics.
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
