// map_basics: insert, lookup, update, delete, comma-ok and len; fmt prints maps sorted by key.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	m["one"] += 10
	m["new"]++
	fmt.Println(m)
	delete(m, "two")
	delete(m, "not there")
	fmt.Println(len(m), m)
	lit := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(lit)
}
