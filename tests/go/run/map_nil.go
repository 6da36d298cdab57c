// map_nil: reading, ranging, len and delete on a nil map are fine.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	for k := range m {
		fmt.Println(k)
	}
	fmt.Println(m)
	fmt.Printf("%#v\n", m)
	m = map[string]int{}
	m["x"] = 1
	fmt.Println(m)
}
