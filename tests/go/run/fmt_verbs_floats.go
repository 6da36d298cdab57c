// fmt_verbs_floats: %e %E %f %g %G with widths and precisions, and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 1234.5678
	fmt.Printf("%e|%E|%f|%.2f|%8.3f|%-10.1f|\n", x, x, x, x, x, x)
	fmt.Printf("%g|%G|%.3g|%10.4g|\n", x, 1e-10, x, x)
	fmt.Printf("%v|%v|%v|%v\n", 1e6, 1e21, 1e-5, 123456789.0)
	fmt.Printf("%f|%.0f|%+.1f|%08.2f\n", 0.5, 2.5, 3.0, -3.14159)
	fmt.Printf("%v|%f|%v|%5.1f|\n", math.Inf(1), math.Inf(-1), math.NaN(), math.NaN())
	fmt.Printf("%v|%.1f|%g\n", float32(0.1), float32(2.25), float32(1e10))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x|%b\n", 1.0, 0.5)
	fmt.Printf("%.3e|%10.2e|\n", 0.000123456, 98765.4321)
}
