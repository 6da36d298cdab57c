// struct_literal_errors: unknown field, too few values, mixing keyed and positional values.
package main

type P struct{ X, Y int }

func main() {
	_ = P{Z: 1}
	_ = P{1}
	_ = P{X: 1, 2}
	_ = P{1, 2, 3}
}
