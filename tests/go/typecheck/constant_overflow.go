// constant_overflow: constants that do not fit their target type.
package main

func main() {
	var a int8
	a = 300
	var b uint = -1
	var c byte = 'a' + 200
	_, _, _ = a, b, c
}
