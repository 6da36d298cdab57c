// generic_cannot_infer: a type parameter that cannot be inferred from the arguments.
package main

func Zero[T any]() T {
	var t T
	return t
}

func main() {
	_ = Zero()
}
