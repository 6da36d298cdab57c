// select {} with nothing else running: the all-goroutines-asleep fatal error (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("before")
	select {}
}
