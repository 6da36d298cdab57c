// math_constants: math.Pi, E, MaxInt64/MinInt64, MaxUint32, MaxFloat32 and friends.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Printf("%.10f %v\n", math.Pi, float32(math.Pi))
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt8, math.MinInt16)
	fmt.Println(uint64(math.MaxUint64), math.MaxUint32, math.MaxUint16)
	fmt.Println(math.MaxFloat32, math.MaxFloat64)
	fmt.Println(math.SmallestNonzeroFloat32)
	var i int = math.MaxInt
	fmt.Println(i, i+1 == math.MinInt)
}
