// assign_op_mismatch: compound assignment and ++ with incompatible types.
package main

func main() {
	s := "a"
	s += 1
	f := 1.5
	n := 2
	n += f
	b := true
	b++
}
