// assignment_mismatch_values: wrong number of values on the right of = and :=.
package main

func main() {
	a, b := 1
	var c, d int = 1, 2, 3
	_, _, _, _ = a, b, c, d
}
