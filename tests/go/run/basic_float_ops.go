// basic_float_ops: float arithmetic, comparisons with NaN, conversions to ints.
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(math.Mod(a, b), math.Trunc(-a))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, nan != nan)
	inf := math.Inf(1)
	fmt.Println(inf > math.MaxFloat64, -inf < 0, inf-inf)
	var f32 float32 = 1.0 / 3.0
	fmt.Println(f32, float64(f32) == 1.0/3.0)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	fmt.Printf("%.3f %.0f %.0f %.0f\n", sum, 0.5, 1.5, 2.5)
	big, frac, neg := 1e18, 200.7, -0.9
	fmt.Println(int64(big), uint8(frac), int(neg))
}
