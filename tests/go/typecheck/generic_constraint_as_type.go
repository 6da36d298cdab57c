// generic_constraint_as_type: constraint interfaces (type sets, comparable) used as ordinary types.
package main

import "cmp"

type C interface {
	comparable
	String() string
}

type Num interface{ ~int | ~float64 }
type Num2 interface{ Num }

func main() {
	var a comparable
	var b cmp.Ordered
	var c C
	var d Num2
	_, _, _, _ = a, b, c, d
}
