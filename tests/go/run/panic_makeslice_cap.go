// panic_makeslice_cap: make with cap smaller than len at run time.
package main

import "fmt"

func main() {
	n, c := 5, 2
	s := make([]int, n, c)
	fmt.Println(s)
}
