// panic_index_out_of_range: unrecovered index out of range: message, traceback, exit 2.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(s[i])
	fmt.Println("after")
}
