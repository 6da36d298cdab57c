// generic_instance_type_string: instance types in messages are printed as types2 does (Pair[string, int]).
package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	var p Pair[string, map[int]Pair[int, bool]]
	var n int = p
	_ = n
}
