// strconv_format: FormatInt in several bases, FormatFloat formats and precisions, Quote family.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, b := range []int{2, 8, 10, 16, 36} {
		fmt.Println(b, strconv.FormatInt(255, b), strconv.FormatInt(-255, b))
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 16))
	x := 1234.5678
	for _, f := range []byte{'f', 'e', 'E', 'g', 'G'} {
		fmt.Println(string(f), strconv.FormatFloat(x, f, -1, 64), strconv.FormatFloat(x, f, 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(100, 'e', 0, 64))
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x01"), strconv.QuoteToASCII("☺é"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.Quote("\xff"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	fmt.Println(strconv.FormatBool(true), strconv.AppendInt([]byte("n="), 42, 10))
}
