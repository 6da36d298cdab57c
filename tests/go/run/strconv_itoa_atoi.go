// strconv_itoa_atoi: Itoa, Atoi success and the exact error texts.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(1<<62))
	for _, s := range []string{"42", "-7", "+8", "", "abc", "12x", "99999999999999999999", " 1", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q %d %v\n", s, n, err)
	}
	_, err := strconv.Atoi("nope")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
}
