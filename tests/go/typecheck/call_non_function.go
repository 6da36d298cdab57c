// call_non_function: calling a value that is not a function.
package main

func main() {
	x := 5
	x()
	s := "str"
	_ = s(1)
}
