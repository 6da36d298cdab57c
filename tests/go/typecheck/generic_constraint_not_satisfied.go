// generic_constraint_not_satisfied: type arguments that do not satisfy their constraint.
package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var t T
	return t
}

func main() {
	Sum([]string{"a"})
	Sum[bool](nil)
}
