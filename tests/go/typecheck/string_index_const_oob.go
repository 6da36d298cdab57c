// string_index_const_oob: constant index out of range on a constant string.
package main

const s = "abc"

func main() {
	_ = s[5]
	arr := [2]int{}
	_ = arr[1:3]
}
