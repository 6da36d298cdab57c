// unexported_field_case: a selector differing only in case gets a hint.
package main

type T struct{ name string }

func main() {
	var t T
	_ = t.Name
}
