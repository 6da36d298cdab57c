// ctrl_fallthrough: fallthrough enters the next case body without testing it.
package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ":")
	switch n {
	case 0:
		fmt.Print(" zero")
		fallthrough
	case 1:
		fmt.Print(" <=one")
		fallthrough
	case 2:
		fmt.Print(" <=two")
	case 3:
		fmt.Print(" three")
		fallthrough
	default:
		fmt.Print(" default")
	}
	fmt.Println()
}

func main() {
	for i := range 6 {
		describe(i)
	}
}
