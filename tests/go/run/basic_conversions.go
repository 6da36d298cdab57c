// basic_conversions: numeric conversions that truncate, sign-extend or round.
package main

import "fmt"

func main() {
	var i int = 1000
	fmt.Println(int8(i), uint8(i), int16(i))
	var neg int8 = -1
	fmt.Println(int64(neg), uint8(neg), uint64(uint8(neg)))
	f := 3.75
	fmt.Println(int(f), int(-f), float32(f), int64(f*100))
	var u8 uint8 = 255
	fmt.Println(int8(u8), int(u8), float64(u8))
	big := 1 << 40
	fmt.Println(int32(big), uint32(big+7))
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)))
	var x int64 = -9
	fmt.Println(uint64(x)>>60, x>>1, uint64(x)>>1)
}
