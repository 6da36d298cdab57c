// maps: one million inserts and lookups into a map[int]int.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 1000000; i++ {
		m[i*7] = i
	}
	hits := 0
	for i := 0; i < 2000000; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	fmt.Println(len(m), hits)
}
