// invalid_len_arg: len and cap applied to unsupported operands.
package main

func main() {
	n := 5
	_ = len(n)
	var m map[int]int
	_ = cap(m)
}
