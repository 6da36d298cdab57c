// ctrl_switch_eval_order: cases are evaluated top to bottom, left to right, stopping at a match.
package main

import "fmt"

func v(n int) int {
	fmt.Println("eval", n)
	return n
}

func main() {
	switch v(2) {
	case v(1), v(2), v(3):
		fmt.Println("matched")
	case v(4):
		fmt.Println("no")
	}
	switch x := v(9); x {
	case v(1):
	case v(9):
		fmt.Println("nine")
	}
}
