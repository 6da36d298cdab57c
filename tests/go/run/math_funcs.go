// math_funcs: Sqrt, Pow, Floor, Ceil, Round, Trunc, Abs, Max, Min, Mod, Hypot, Log, Exp.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	for _, x := range []float64{2.5, -2.5, 3.7, -3.2, 0.5} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Round(x), math.Trunc(x), math.RoundToEven(x))
	}
	fmt.Println(math.Abs(-3.5), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Hypot(3, 4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log(math.E), math.Exp(1), math.Log2(1024))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(0), math.Atan2(1, 1))
	fmt.Println(math.Cbrt(27), math.Log10(1000))
}
