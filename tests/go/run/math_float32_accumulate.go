// math_float32_accumulate: float32 rounding differs from float64; conversions and Nextafter.
package main

import (
	"fmt"
	"math"
)

func main() {
	var s32 float32
	var s64 float64
	for i := 0; i < 1000; i++ {
		s32 += 0.01
		s64 += 0.01
	}
	fmt.Println(s32, s64)
	var big float32 = 16777216
	fmt.Println(big+1 == big, big+2)
	fmt.Println(math.Float32bits(1.0), math.Float64bits(1.0))
	fmt.Println(math.Float32frombits(0x40490fdb))
	fmt.Println(math.Nextafter(1, 2)-1, math.Nextafter32(1, 2)-1)
	x := float32(1) / 3
	fmt.Printf("%v %.10f %g\n", x, x, float64(x))
}
