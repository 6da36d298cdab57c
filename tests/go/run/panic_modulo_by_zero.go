// panic_modulo_by_zero: integer remainder by zero is the same runtime error.
package main

import "fmt"

func main() {
	var a, b int8 = 7, 0
	fmt.Println(a % b)
}
