// panic_negative_shift: shifting by a negative variable amount panics at run time.
package main

import "fmt"

func main() {
	n := -3
	fmt.Println(1 << n)
}
