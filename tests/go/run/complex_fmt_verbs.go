// complex_fmt_verbs: fmt verbs on complex64/complex128 (fmtComplex: each part as a float, the
// imaginary part always signed), widths, flags, bad verbs, and complex values in containers.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type C complex128

func main() {
	c := complex(1.25, -3.5)
	var c64 complex64 = 0.1 + 0.2i
	for _, f := range []string{"%v", "%g", "%f", "%e", "%E", "%G", "%.2f", "%+v", "%+.3e", "%8.1f", "%-12.2g|", "%x", "%b", "%d", "%s", "%010.3f", "% .2f", "%#v", "%q"} {
		fmt.Printf(f+" | "+f+"\n", c, c64)
	}
	fmt.Println(complex(math.Inf(-1), math.NaN()), complex(0, math.Inf(1)))
	fmt.Printf("%v %.1f\n", complex(math.Inf(1), -0.0), complex(-0.0, 1e21))
	fmt.Println([]complex128{1, 2i, -3 - 4i}, map[string]complex64{"a": 1i})
	fmt.Println(C(2+3i), struct{ Z complex64 }{1 - 1i})
	fmt.Printf("%v %+v %T\n", C(1), []C{1i}, C(1))
	var e any = 2.5i
	fmt.Println(e, e == any(2.5i))
	fmt.Println(fmt.Sprint(1i, 2i), fmt.Sprintf("%6.2f", 1+1i))
	fmt.Println(strconv.FormatComplex(c, 'f', 2, 128), strconv.FormatComplex(complex128(c64), 'g', -1, 64), strconv.FormatComplex(3i, 'e', -1, 128))
}
