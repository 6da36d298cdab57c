// strings: building a string of a million pieces with strings.Builder, and concatenation.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 1000000; i++ {
		b.WriteString(strconv.Itoa(i % 100))
	}
	s := ""
	for i := 0; i < 10000; i++ {
		s += "x"
	}
	fmt.Println(b.Len(), len(s))
}
