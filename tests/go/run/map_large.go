// map_large: many inserts and deletes (growth and evacuation), checked by sums and lookups.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 10000; i++ {
		m[i] = i * i
	}
	fmt.Println(len(m), m[9999], m[5000])
	for i := 0; i < 10000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		if v != k*k {
			fmt.Println("bad", k)
		}
		sum += k
	}
	fmt.Println(sum)
	sm := map[string]int{}
	for i := 0; i < 1000; i++ {
		sm[fmt.Sprint("key", i)] = i
	}
	fmt.Println(len(sm), sm["key0"], sm["key999"], sm["key1000"])
}
