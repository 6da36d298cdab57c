// strconv_error_kinds: *strconv.NumError fields and errors.Is with ErrSyntax / ErrRange.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("%s %q %v\n", ne.Func, ne.Num, ne.Err)
	}
	_, err = strconv.ParseFloat("1.2.3", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("10", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 10, 65)
	fmt.Println(err)
}
