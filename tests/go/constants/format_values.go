package main

import "fmt"

const (
	a = 1e6
	b = 123456.5
	c = 2.5e-400 * 1e400
	d = 1 << 63
)

func main() {
	fmt.Println(a, b, c, uint64(d))
	fmt.Printf("%g %v %g\n", 1e-7, 1.0/3, float32(1)/3)
	fmt.Println(5 % 3, -5 % 3, 5 & -3, 1 << 10 >> 3)
}
