// basic_const_iota: iota sequences, skipped values, expressions and typed constants.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x = "s"
	y
	z = iota
)

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x, y, z)
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%T %T %T\n", Monday, KB, Blue)
	const big = 1 << 100
	fmt.Println(big >> 98)
	const f = 1.0 / 3
	fmt.Println(f, f*3 == 1)
}
