// complex_errors2: more complex-number type errors: conversions and compound assignment.
package main

func main() {
	var c complex128 = 2
	var f float64 = 1
	_ = float64(c)
	_ = complex64(f)
	c %= 2
	c = c + f
	_ = -c
	var b byte = real(1 + 1i)
	const k = 1.5 + 0i
	var n int = k
	_, _ = b, n
	_ = imag(c) > 1i
}
