// map_modify_during_range: deleting visited and unvisited keys while ranging is allowed.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := range 100 {
		m[i] = true
	}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	for i := range 10 {
		m[i] = true
	}
	n := 0
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
		n++
	}
	fmt.Println(len(m), n <= 10)
}
