// panic_makeslice_negative: make with a negative length at run time.
package main

import "fmt"

func main() {
	n := -1
	s := make([]int, n)
	fmt.Println(s)
}
