// strconv_parse: ParseInt with bases and sizes, ParseUint, ParseFloat and ParseBool, with errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1f", 0, 64}, {"0o17", 0, 64}, {"0b11", 0, 64}, {"1_000", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"12", 2, 64}}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "NaN", "1e400", "abc", ".5", "0x1p-2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
}
