// defer_os_exit_in_defer: os.Exit inside a deferred call stops the remaining defers.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("outer defer: never printed")
	defer func() {
		fmt.Println("exiting from defer")
		os.Exit(4)
	}()
	defer fmt.Println("runs first")
	fmt.Println("body")
}
