// strconv_roundtrip: shortest float formatting round-trips; AppendFloat/AppendQuote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, f := range []float64{0.1, 1.0 / 3, 2.5e-8, 123456789012345678, 5e-324} {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == f)
	}
	f32 := strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32)
	fmt.Println(f32)
	buf := strconv.AppendFloat([]byte("x="), 1.5, 'f', 3, 64)
	buf = strconv.AppendQuote(append(buf, ' '), "q")
	fmt.Println(string(buf))
}
