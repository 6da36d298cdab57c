// ctrl_range_int: Go 1.22 range over an integer, including zero, negative and typed counts.
package main

import "fmt"

type Small uint8

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	n := -2
	for i := range n {
		fmt.Println("never", i)
	}
	var s Small = 4
	for i := range s {
		fmt.Printf("%T %v\n", i, i)
	}
	total := 0
	for i := range 101 {
		total += i
	}
	fmt.Println(total)
}
