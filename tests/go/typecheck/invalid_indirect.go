// invalid_indirect: dereferencing a non-pointer and taking the address of a constant.
package main

func main() {
	n := 1
	_ = *n
	_ = &5
}
