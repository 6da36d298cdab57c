// panic_slice_to_array: converting a too-short slice to an array.
package main

import "fmt"

func main() {
	s := []int{1, 2}
	a := [4]int(s)
	fmt.Println(a)
}
