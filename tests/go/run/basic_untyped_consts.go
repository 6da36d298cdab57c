// basic_untyped_consts: untyped constants take the type of their context; exact arithmetic.
package main

import "fmt"

const Huge = 1 << 100
const Third = 1.0 / 3

func main() {
	fmt.Println(Huge >> 90)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64)
	x := 5 / 2
	y := 5.0 / 2
	z := 5 / 2.0
	fmt.Println(x, y, z)
	fmt.Printf("%T %T %T %T\n", x, y, 'a', 1i)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	var u uint8 = 255
	fmt.Println(u + 1 - 1)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
}
