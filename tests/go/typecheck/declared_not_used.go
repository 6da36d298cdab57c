// declared_not_used: local variables declared and never used.
package main

func main() {
	x := 1
	var y string
	z, w := 2, 3
	_ = w
}
