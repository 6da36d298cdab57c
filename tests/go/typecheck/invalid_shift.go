// invalid_shift: shifting by a negative constant and shifting a float.
package main

func main() {
	n := 1
	_ = n << -1
	_ = 1.5 << 2
}
