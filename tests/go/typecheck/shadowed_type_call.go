// shadowed_type_call: a variable shadowing a function name makes it not callable.
package main

import "fmt"

func main() {
	fmt := "shadow"
	fmt.Println(fmt)
}
