// assign_mismatch_type: assigning an int variable to a string variable.
package main

func main() {
	var s string
	x := 5
	s = x
	_ = s
}
