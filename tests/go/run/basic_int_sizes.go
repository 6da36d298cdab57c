// basic_int_sizes: limits of every integer type and wraparound at those limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	var i16 int16 = math.MaxInt16
	var i32 int32 = math.MaxInt32
	var i64 int64 = math.MaxInt64
	fmt.Println(i8, i16, i32, i64)
	i8++
	i16++
	i32++
	i64++
	fmt.Println(i8, i16, i32, i64)
	i8--
	i16--
	i32--
	i64--
	fmt.Println(i8, i16, i32, i64)
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = math.MaxUint32
	var u64 uint64 = math.MaxUint64
	fmt.Println(u8, u16, u32, u64)
	u8++
	u16++
	u32++
	u64++
	fmt.Println(u8, u16, u32, u64)
	u8--
	u16--
	u32--
	u64--
	fmt.Println(u8, u16, u32, u64)
	var b byte = 'A'
	var r rune = 'é'
	var up uintptr = 12345
	fmt.Println(b, r, up)
}
