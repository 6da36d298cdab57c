// convert_invalid: conversions that are not allowed.
package main

type T struct{ a int }

func main() {
	s := "12"
	_ = int(s)
	n := 1
	_ = T(n)
	_ = []int("abc")
	f := 1.5
	_ = string(f)
}
