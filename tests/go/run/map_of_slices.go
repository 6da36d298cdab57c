// map_of_slices: appending to slices stored in a map (append to a missing key starts from nil).
package main

import (
	"fmt"
	"sort"
)

func main() {
	index := map[byte][]string{}
	for _, w := range []string{"go", "gopher", "rust", "ruby", "c", "gc"} {
		index[w[0]] = append(index[w[0]], w)
	}
	keys := []int{}
	for k := range index {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(string(rune(k)), index[byte(k)], len(index[byte(k)]))
	}
	fmt.Println(index['z'] == nil)
	fmt.Println(index)
}
