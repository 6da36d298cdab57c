package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	n, err := strconv.Atoi("42")
	s := strconv.Itoa(n)
	parts := strings.Split("a,b,c", ",")
	fmt.Println(n, err, s, strings.Join(parts, "-"))
}
