// math_bits_full: math/bits across widths: zeros, lengths, population counts, rotations
// both ways, reversals, byte swaps, and Add/Sub/Mul/Div/Rem with carries and borrows.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	vals := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0xdeadbeef, 1 << 63, ^uint64(0), 0x0123456789abcdef}
	for _, v := range vals {
		fmt.Println(v, bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.Len64(v), bits.OnesCount64(v),
			bits.LeadingZeros32(uint32(v)), bits.TrailingZeros16(uint16(v)), bits.Len8(uint8(v)), bits.OnesCount16(uint16(v)),
			bits.TrailingZeros8(uint8(v)), bits.LeadingZeros8(uint8(v)), bits.LeadingZeros16(uint16(v)))
		fmt.Printf("%x %x %x %x\n", bits.Reverse64(v), bits.Reverse32(uint32(v)), bits.Reverse16(uint16(v)), bits.ReverseBytes64(v))
		fmt.Printf("%x %x %x %x\n", bits.ReverseBytes32(uint32(v)), bits.ReverseBytes16(uint16(v)), bits.RotateLeft64(v, 13), bits.RotateLeft64(v, -13))
		fmt.Printf("%x %x %x\n", bits.RotateLeft32(uint32(v), 7), bits.RotateLeft16(uint16(v), -3), bits.RotateLeft8(uint8(v), 9))
	}
	fmt.Println(bits.UintSize, bits.Len(1<<40), bits.OnesCount(7), bits.Reverse(1) == 1<<63, bits.ReverseBytes(1))
	for _, p := range [][2]uint64{{1 << 63, 1 << 63}, {^uint64(0), 1}, {12345, 67890}, {^uint64(0), ^uint64(0)}} {
		s, c := bits.Add64(p[0], p[1], 1)
		d, b := bits.Sub64(p[1], p[0], 1)
		hi, lo := bits.Mul64(p[0], p[1])
		fmt.Println(s, c, d, b, hi, lo)
		if hi < 1000 {
			q, r := bits.Div64(hi, lo, 1000)
			fmt.Println(q, r, bits.Rem64(hi, lo, 7))
		}
	}
	s32, c32 := bits.Add32(1<<31, 1<<31, 1)
	d32, b32 := bits.Sub32(0, 1, 0)
	h32, l32 := bits.Mul32(0xffffffff, 0xfffffffe)
	q32, r32 := bits.Div32(5, 17, 9)
	fmt.Println(s32, c32, d32, b32, h32, l32, q32, r32, bits.Rem32(100, 5, 9))
	hi, lo := bits.Mul(3, 1<<63)
	q, r := bits.Div(1, 0, 3)
	fmt.Println(hi, lo, q, r, bits.Rem(5, 5, 3))
	defer func() { fmt.Println("recovered:", recover()) }()
	var zero uint64
	bits.Div64(0, 1, zero)
}
