// basic_bitops: & | ^ &^ and unary ^ on signed and unsigned values.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0xF0
	fmt.Println(^u, u&^0x30, u|0x0F, u^0xFF)
	var s int8 = 5
	fmt.Println(^s, -s, s&^1)
	x := 0xDEADBEEF
	fmt.Printf("%x %x %x\n", x&0xFFFF, x>>16, x&^0xFF)
	flags := 0
	flags |= 1 << 2
	flags |= 1 << 5
	fmt.Println(flags, flags&(1<<2) != 0, flags&(1<<3) != 0)
	flags &^= 1 << 2
	fmt.Println(flags)
	var u64 uint64 = 0
	fmt.Println(^u64)
}
