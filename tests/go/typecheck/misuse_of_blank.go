// misuse_of_blank: the blank identifier used as a value.
package main

func main() {
	x := _
	_ = x
}
