// basic_float_println: floats through fmt.Println (shortest repr) for float64 and float32.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(1.5, 0.1+0.2, 1e21, 1e20, 1e-7, 123456789.0, 100.0)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(1.0/3.0, 2.0/3.0, -0.0, 3.0)
	x := 0.0
	fmt.Println(-x, 1/x, -1/x, x/x)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), float32(16777217))
	var i int = 7
	f := 3.99
	fmt.Println(float64(i)/2, int(f), int(-f))
	fmt.Println(1e6, 1e5*10, 12345678.0*100)
}
