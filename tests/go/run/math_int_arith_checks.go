// math_int_arith_checks: overflow detection idioms, integer abs/pow, and rounding integer division.
package main

import (
	"fmt"
	"math"
)

func addOverflows(a, b int64) bool {
	c := a + b
	return (a > 0 && b > 0 && c < 0) || (a < 0 && b < 0 && c >= 0)
}

func ipow(base, exp int) int {
	result := 1
	for exp > 0 {
		if exp&1 == 1 {
			result *= base
		}
		base *= base
		exp >>= 1
	}
	return result
}

func main() {
	fmt.Println(addOverflows(math.MaxInt64, 1), addOverflows(math.MinInt64, -1), addOverflows(5, 6))
	fmt.Println(ipow(2, 10), ipow(3, 13), ipow(2, 63), ipow(2, 64))
	fmt.Println((7+2-1)/2, (-7)/2, -7>>1)
	x := math.MinInt64
	fmt.Println(-x == x, x/-1)
}
