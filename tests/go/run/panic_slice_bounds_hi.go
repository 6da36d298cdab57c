// panic_slice_bounds_hi: slice bounds out of range [:hi] with capacity.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	hi := 6
	fmt.Println(s[:hi])
}
