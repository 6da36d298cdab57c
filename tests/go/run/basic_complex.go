// basic_complex: complex numbers: arithmetic, real/imag, printing.
package main

import "fmt"

func main() {
	c := complex(1, 2)
	d := 3 - 4i
	fmt.Println(c, d, c+d, c*d, c/d)
	fmt.Println(real(d), imag(d), c == complex(1, 2))
	var c64 complex64 = 1.5 + 0.5i
	fmt.Println(c64, c64*c64)
	fmt.Printf("%v %.2f %T %T\n", c, d, c, c64)
}
