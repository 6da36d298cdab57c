// println_int_kinds: builtin println of every integer kind, extremes and hex-free values.
package main

import "math"

func main() {
	println(int8(math.MinInt8), int16(math.MinInt16), int32(math.MinInt32), int64(math.MinInt64))
	println(uint8(math.MaxUint8), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64))
	println(uintptr(4096), 'x', rune(-1))
	var b byte = 10
	println(b, b*30)
	println("mixed", 1, true, 2.5, "end")
}
