// println_floats: builtin println writes to stderr; floats print as +1.500000e+000.
package main

import "math"

func main() {
	println(1.5)
	println(0.0, -0.0, 100.0, -2.25)
	println(1e100, 1e-100, 123456789.0)
	println(float32(0.1))
	println(math.Inf(1), math.Inf(-1), math.NaN())
	println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	x := 0.0
	println(-x)
}
