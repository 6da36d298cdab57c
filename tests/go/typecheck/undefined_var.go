// undefined_var: use of an undeclared identifier.
package main

import "fmt"

func main() {
	fmt.Println(x)
}
