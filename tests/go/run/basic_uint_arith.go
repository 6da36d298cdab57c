// basic_uint_arith: unsigned subtraction wraps, conversions between signed and unsigned.
package main

import "fmt"

func main() {
	var a uint = 3
	var b uint = 5
	fmt.Println(a - b)
	var c uint32 = 3
	var d uint32 = 5
	fmt.Println(c - d)
	var e uint16 = 0
	e--
	fmt.Println(e)
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n))
	big := uint64(1<<63 + 5)
	fmt.Println(int64(big), int32(big), int8(big))
	v := 0x12345678
	fmt.Println(uint8(v), uint16(v), int8(v), int16(v))
	w := int32(-2)
	fmt.Println(uint32(w), uint64(w), uint64(uint32(w)))
}
