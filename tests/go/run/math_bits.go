// math_bits: math/bits counts, rotations and lengths.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<63|1), bits.LeadingZeros32(1), bits.TrailingZeros(8))
	fmt.Println(bits.Len(0), bits.Len(1), bits.Len(255), bits.Len64(1<<40))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft32(1, -1), bits.Reverse8(1))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 0)
	fmt.Println(sum, carry)
}
