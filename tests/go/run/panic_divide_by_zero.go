// panic_divide_by_zero: integer divide by zero at run time.
package main

import "fmt"

func main() {
	a, b := 10, 0
	fmt.Println("dividing")
	fmt.Println(a / b)
}
