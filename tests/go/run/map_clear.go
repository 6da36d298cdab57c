// map_clear: clear(m) empties a map in place, visible through every reference.
package main

import "fmt"

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil)
	m[4] = "d"
	fmt.Println(alias)
	var nm map[int]int
	clear(nm)
	fmt.Println(nm == nil)
}
