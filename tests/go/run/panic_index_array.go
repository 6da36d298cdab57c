// panic_index_array: index out of range on an array with a negative variable index.
package main

import "fmt"

func main() {
	var a [4]int
	i := -1
	fmt.Println("start")
	a[i+0] = 1
}
