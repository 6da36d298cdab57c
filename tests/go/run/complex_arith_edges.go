// complex_arith_edges: complex128/complex64 arithmetic edge cases: division by zero, inf and NaN
// (runtime.complex128div's corrections), signed zeros, complex64 rounding, compound assignment.
package main

import (
	"fmt"
	"math"
)

func div(a, b complex128) complex128 { return a / b }

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	zero := 0.0
	cases := [][2]complex128{
		{complex(1, 2), complex(3, -4)},
		{complex(1, 1), 0},
		{complex(-1, 0), complex(0, 0)},
		{complex(1, 1), complex(-zero, 0)},
		{complex(inf, 1), complex(2, 3)},
		{complex(1, inf), complex(0, 1)},
		{complex(1, 2), complex(inf, 1)},
		{complex(1, 2), complex(1, inf)},
		{complex(nan, 1), complex(1, 1)},
		{complex(0, 0), complex(0, 0)},
		{complex(1e300, 1e300), complex(1e-300, 1e-300)},
		{complex(1e308, 1e308), complex(1e308, 1e308)},
		{complex(5, 0), complex(0, 5)},
	}
	for _, c := range cases {
		q := div(c[0], c[1])
		fmt.Println(c[0], "/", c[1], "=", q)
	}
	a := complex(1.5, -2.25)
	b := complex(-0.5, 4)
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(a == b, a != b, a == a, complex(nan, 0) == complex(nan, 0))
	fmt.Println(complex(zero, -zero), -complex(zero, zero))
	var c64 complex64 = complex(float32(1)/3, float32(2)/7)
	d64 := complex64(complex(0.1, 0.7))
	fmt.Println(c64*d64, c64/d64, c64+d64, c64-d64)
	fmt.Println(complex128(c64), complex64(a/b))
	x := complex(2, 3)
	x += 1i
	x *= x
	x -= 2
	x /= complex(0, 2)
	x++
	fmt.Println(x, real(x), imag(x))
	var z complex128
	var z64 complex64
	fmt.Println(z, z64, real(z64), imag(z64)*2)
	fmt.Printf("%T %T %T\n", real(c64), imag(a), complex(float32(1), 2))
	sq := complex(3, 4)
	fmt.Println(math.Sqrt(real(sq)*real(sq) + imag(sq)*imag(sq)))
	println(complex(inf, -inf), complex(nan, 0), c64, -z)
}
