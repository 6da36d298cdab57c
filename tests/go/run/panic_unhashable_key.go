// panic_unhashable_key: using an unhashable dynamic type as an interface map key.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	fmt.Println(len(m))
	m[[]int{1}] = 2
}
