// defer_order: deferred calls run last-in first-out when the function returns.
package main

import "fmt"

func main() {
	for i := range 4 {
		defer fmt.Println("deferred", i)
	}
	func() {
		defer fmt.Println("inner 1")
		defer fmt.Println("inner 2")
		fmt.Println("inner body")
	}()
	fmt.Println("main body")
}
