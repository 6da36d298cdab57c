// panic_slice_bounds_string: slicing a string past its length reports the length.
package main

import "fmt"

func main() {
	s := "hello"
	n := 10
	fmt.Println(s[2:n])
}
