// panic_after_output: stdout written before a panic is kept; deferred calls print before the panic message.
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println("line", i)
	}
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2 sees no recover")
	}()
	var arr []string
	fmt.Println(arr[len(arr)])
}
