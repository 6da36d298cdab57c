// complex_errors: type errors of complex numbers: builtins' argument types, constant
// truncation/overflow, operators not defined on complex.
package main

func main() {
	var f32 float32 = 1
	var f64 float64 = 2
	var c complex128 = 1i
	_ = complex(f32, f64)
	_ = complex(1, "a")
	_ = complex(c, c)
	_ = real(f64)
	_ = imag(3)
	var i int = 1 + 2i
	var u uint8 = 300 + 0i
	_ = c < c
	_ = c % c
	var c64 complex64 = 1e40i
	_ = int(c)
	_, _, _ = i, u, c64
}
