// assignment_mismatch_call: wrong number of variables for a call's results.
package main

func one() int { return 1 }
func two() (int, int) { return 1, 2 }

func main() {
	a, b := one()
	c := two()
	_, _, _ = a, b, c
}
