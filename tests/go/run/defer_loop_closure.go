// defer_loop_closure: defers in a loop with per-iteration variables; defers run at function exit, not per iteration.
package main

import "fmt"

func run() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure", i) }()
		fmt.Println("loop", i)
	}
	fmt.Println("end of run")
}

func main() {
	run()
}
