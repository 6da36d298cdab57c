// sort_search: binary search with sort.Search, SearchInts and SearchStrings (insertion points).
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 4, 11, 12} {
		i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
		found := i < len(a) && a[i] == x
		fmt.Println(x, i, found)
	}
	fmt.Println(sort.SearchInts(a, 7), sort.SearchInts(a, 8))
	s := []string{"ant", "bee", "cat"}
	fmt.Println(sort.SearchStrings(s, "bee"), sort.SearchStrings(s, "zebra"))
	n := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(n)
}
