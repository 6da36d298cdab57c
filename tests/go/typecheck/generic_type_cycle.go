// generic_type_cycle: a generic type whose field instantiates it with a type argument built from its own type parameter.
package main

type T[P any] struct{ next *T[[]P] }

func main() { var x T[int]; _ = x }
