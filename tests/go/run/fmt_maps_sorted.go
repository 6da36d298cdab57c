// fmt_maps_sorted: fmt prints map entries sorted by key for ints, strings, floats, bools and structs.
package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "j", 0: "o"})
	fmt.Println(map[string]int{"zeta": 1, "alpha": 2, "Beta": 3, "": 4})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Printf("%v\n%+v\n%#v\n", map[string][]int{"b": {2}, "a": {1}}, map[string]K{"x": {1, "y"}}, map[int]bool{2: false, 1: true})
	fmt.Println(map[[2]int]string{{1, 2}: "b", {0, 5}: "a"})
	fmt.Println(map[interface{}]int{"s": 1, 2: 2, 1.5: 3, false: 4})
}
