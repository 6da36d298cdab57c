// generic_local_types: generic types declared inside function bodies (also inside a generic function, using its type parameter).
package main

import "fmt"

type Base int

func Wrap[T any](v T) any {
	type Box[U any] struct {
		inner U
		outer T
	}
	return Box[string]{"s", v}
}

func main() {
	type L[T any] struct {
		v T
		b Base
	}
	var x L[int]
	y := L[string]{"a", 2}
	fmt.Printf("%v %+v %T %T\n", x, y, x, y)
	fmt.Printf("%+v %+v\n", Wrap(1), Wrap(2.5))
}
