// strings_builder: strings.Builder writes, Len, Reset, and Fprintf into a builder.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := range 5 {
		b.WriteString("item")
		b.WriteByte(byte('0' + i))
		b.WriteRune('·')
	}
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Fprintf(&b, "%d-%s", 7, "x")
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	n, err := b.Write([]byte("!!"))
	fmt.Println(n, err, b.String())
}
