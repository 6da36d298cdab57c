// basic_int_mul_overflow: multiplication and negation wrap in two's complement.
package main

import "fmt"

func main() {
	var a int8 = 100
	fmt.Println(a*2, a*3, -a)
	var m int8 = -128
	fmt.Println(-m, m*-1, m/-1, m%-1)
	var x int32 = 1 << 30
	fmt.Println(x*2, x*4)
	var y int64 = 1 << 62
	fmt.Println(y*2, y*4)
	var u uint8 = 200
	fmt.Println(u*2, u+u, -u)
	var u32 uint32 = 3000000000
	fmt.Println(u32*2, u32+u32)
	var big int = 9223372036854775807
	fmt.Println(big+1, big*big)
	var s int16 = 300
	fmt.Println(s*s, s*s*s)
}
