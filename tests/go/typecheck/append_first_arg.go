// append_first_arg: append needs a slice first and elements of its element type.
package main

func main() {
	n := 1
	_ = append(n, 2)
	s := []int{}
	_ = append(s, "x")
}
