// division_by_zero_const: division by a constant zero is a compile-time error.
package main

func main() {
	n := 10
	_ = n / 0
	_ = 1.0 / 0
}
