// generic_instantiation_cycle: a generic function instantiating itself with a type argument built from its own type parameter.
package main

func F[T any](n int) {
	if n > 0 {
		F[[]T](n - 1)
	}
}

func main() { F[int](3) }
