// redeclared: the same name declared twice in a block, and at package level.
package main

var g = 1
var g = 2

func main() {
	x := 1
	var x int
	_ = x
}
