// iface_type_assert: comma-ok type assertions to concrete and interface types.
package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func main() {
	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	var y interface{} = Celsius(21.5)
	st, ok := y.(fmt.Stringer)
	fmt.Println(st, ok)
	_, ok = x.(fmt.Stringer)
	fmt.Println(ok)
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	c := y.(Celsius)
	fmt.Println(float64(c) + 1)
}
