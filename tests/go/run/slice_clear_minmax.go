// slice_clear_minmax: Go 1.21 builtins clear (slices), min and max (ints, floats, strings).
package main

import (
	"fmt"
	"math"
)

func main() {
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s))
	clear(s)
	fmt.Println(s)
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	fmt.Println(min(2.5, 1.5), max(1.0, 2))
	fmt.Println(min("b", "a", "c"), max("apple", "banana"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	nan := math.NaN()
	fmt.Println(min(1.0, nan), max(nan, 1.0))
	fmt.Println(min(0.0, math.Copysign(0, -1)), max(math.Copysign(0, -1), 0.0))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
}
