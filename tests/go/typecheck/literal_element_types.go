// literal_element_types: wrong element types in slice, map and struct literals.
package main

type P struct{ Name string }

func main() {
	_ = []int{1, "two", 3}
	_ = map[string]int{"a": "b", 1: 2}
	_ = P{Name: 5}
}
