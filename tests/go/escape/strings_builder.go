package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteString("world")
	fmt.Println(b.String())
}
