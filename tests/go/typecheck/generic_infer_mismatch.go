// generic_infer_mismatch: inference failures: nothing to infer from, a partially explicit call, and too many type arguments.
package main

func Make[T any, U any](x T) U {
	var u U
	return u
}

func Id[T any](x T) T { return x }

func main() {
	_ = Make(1)
	_ = Make[int, string](1)
	_ = Id[int, int](1)
	f := Make[int]
	_ = f
}
