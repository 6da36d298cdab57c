// invalid_op_types: operators not defined on their operand types.
package main

func main() {
	s := "a"
	_ = s - "b"
	b := true
	_ = b + b
	_ = !5
	f := 1.5
	_ = f % 2
	_ = f << 1
}
