// binary_untyped_mismatch: an untyped constant operand converted to the other operand's type
// (types2's matchTypes): overflow and truncation wording, and mismatched kinds.
package main

func main() {
	var x int8
	var f float64
	var s string
	m := map[int]float64{}
	_ = x + 1000
	_ = x + 1.5
	_ = f + "a"
	_ = "b" + f
	_ = s + 1
	_ = f > 1i
	_ = x == true
	m[1] %= 2
}
