// undefined_func: call of an undeclared function and an undefined package member.
package main

import "fmt"

func main() {
	doWork()
	fmt.Printlnx("hi")
}
