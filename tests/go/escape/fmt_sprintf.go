package main

import "fmt"

func main() {
	n := 3
	msg := fmt.Sprintf("%d items", n)
	fmt.Printf("%s\n", msg)
}
