// mismatched_types: binary operation on operands of different types.
package main

func main() {
	a := 1
	b := 2.5
	var c int32 = 3
	_ = a + b
	_ = a == c
	s := "x"
	_ = s + a
}
