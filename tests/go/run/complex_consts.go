// complex_consts: untyped complex constants (exact arithmetic), constant real/imag/complex,
// conversions of complex constants with zero imaginary part to int and float types.
package main

import "fmt"

const (
	a = 1 + 2i
	b = a * a
	c = b / (3 - 4i)
	d = real(c) + imag(a)*1i
	e = 1_000i + 0x1p-2i + 0o17i + 1e3i
	f = complex(1, 0) * 7
	g = (1 + 1i) * (1 - 1i)
	h = 1i * 1i
)

func main() {
	fmt.Println(a, b, c, d, e)
	var i int = f
	var fl float32 = g
	var u uint8 = h + 2
	fmt.Println(i, fl, u, int(g), float64(real(c)))
	const big = 1e300 * 1e300i
	fmt.Println(imag(big) > 0, real(big))
	var c64 complex64 = 1e38 + 1e38i
	fmt.Println(c64, complex64(1.0000001+0.1i))
	fmt.Println(real(3), imag(3), real(2.5i), complex(3, 4) == 3+4i)
	x := 2.0
	z := complex(x, 1) + 1i
	fmt.Println(z, real(z)+imag(z))
	fmt.Printf("%T %T %T %T\n", a, real(a), complex(1, 2), 'a'+1i)
	type F float64
	var ff F = 2
	fmt.Printf("%T %v\n", complex(ff, ff), complex(ff, 3))
	fmt.Println(0i == 0, 1i*1i == -1, h)
}
