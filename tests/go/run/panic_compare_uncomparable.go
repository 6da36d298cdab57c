// panic_compare_uncomparable: comparing interfaces holding uncomparable types.
package main

import "fmt"

func main() {
	var a, b interface{} = []int{1}, []int{1}
	fmt.Println("comparing")
	fmt.Println(a == b)
}
