// ctrl_range_map_sorted: range over a map, printing in sorted key order.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 7, "date": 2}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("sum", sum)
	for k := range m {
		if k != "apple" {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m)
	var nm map[int]int
	for k := range nm {
		fmt.Println("never", k)
	}
}
