// panic_type_assertion_nil: asserting a concrete type on a nil interface.
package main

import "fmt"

func main() {
	var err error
	s := err.(fmt.Stringer)
	fmt.Println(s)
}
