// panic_index_string: index out of range on a string.
package main

import "fmt"

func main() {
	s := "abc"
	n := len(s)
	fmt.Println(s[n])
}
