// math_special_values: Inf and NaN through fmt and strconv, IsNaN/IsInf, signed zero.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Printf("%v %f %e %g %.2f %5.1f|\n", inf, ninf, nan, inf, nan, inf)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(ninf, 0), math.IsInf(nan, 0))
	fmt.Println(inf+1, inf*0, ninf*-1, 1/inf)
	z := 0.0
	nz := math.Copysign(0, -1)
	fmt.Println(z, nz, z == nz, math.Signbit(nz), 1/nz)
	fmt.Printf("%+v %v\n", nz, -z)
	fmt.Println(float32(inf), float32(nan))
}
