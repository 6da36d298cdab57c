// generic_no_instantiation: a generic function used as a value without instantiation.
package main

func Id[T any](x T) T { return x }

func main() {
	f := Id
	_ = f
}
