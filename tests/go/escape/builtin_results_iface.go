package main

import "fmt"

func main() {
	s := make([]int, 10)
	m := map[int]int{}
	fmt.Println(len(s), cap(s), len(m), min(len(s), 3))
	var x any = len(s)
	fmt.Println(x)
}
