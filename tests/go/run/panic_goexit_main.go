// panic_goexit_main: runtime.Goexit in main runs defers, then the program deadlocks with no goroutines.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred before Goexit completes")
	runtime.Goexit()
}
