// panic_slice_bounds_lo_hi: slice bounds out of range [lo:hi] with lo > hi.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 1
	fmt.Println(s[lo:hi])
}
