// not_a_type: a variable used where a type is expected, and an undefined type.
package main

func main() {
	n := 1
	var x n
	var y Undefined
	_, _ = x, y
}
