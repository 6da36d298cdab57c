// panic_type_assertion: failed type assertion: interface conversion message.
package main

import "fmt"

func main() {
	var x interface{} = "hello"
	n := x.(int)
	fmt.Println(n)
}
