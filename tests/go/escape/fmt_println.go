package main

import "fmt"

func main() {
	x := 1
	s := "hi"
	fmt.Println(x, s)
	fmt.Println("constant")
}
