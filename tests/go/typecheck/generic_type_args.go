// generic_type_args: generic types used without instantiation or with the wrong number of type arguments.
package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

type Num interface{ ~int | ~float64 }

type Vec[T Num] []T

func main() {
	var _ Pair[string]
	var _ Pair
	var _ Vec[string]
	var _ Pair[[]int, int]
	var _ Vec[int, int]
}
