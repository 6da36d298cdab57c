// basic_shifts: shifts by variable counts, counts >= width, arithmetic right shift of negatives.
package main

import "fmt"

func main() {
	x := 1
	for _, s := range []uint{0, 1, 7, 31, 32, 62, 63, 64, 100} {
		fmt.Println(s, x<<s, -8>>s)
	}
	var u8 uint8 = 0x81
	fmt.Println(u8<<1, u8>>1, u8<<7, u8<<8)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8>>8, i8<<1)
	var u uint64 = 1 << 63
	fmt.Println(u>>63, u>>64, u<<1)
	n := 3
	fmt.Println(1<<n, 255>>n)
	var i32 int32 = -1
	fmt.Println(i32>>31, uint32(i32)>>31)
}
