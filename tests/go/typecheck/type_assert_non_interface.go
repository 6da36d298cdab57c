// type_assert_non_interface: type assertion on a non-interface value.
package main

func main() {
	n := 5
	_ = n.(int)
}
