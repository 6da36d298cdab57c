// sort_slices_pkg: the slices package: Sort, SortFunc, Index, Contains, Reverse, Max, BinarySearch.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s))
	fmt.Println(slices.Index(s, 5), slices.Contains(s, 7), slices.Max(s), slices.Min(s))
	i, ok := slices.BinarySearch(s, 4)
	fmt.Println(i, ok)
	slices.Reverse(s)
	fmt.Println(s)
	words := []string{"Banana", "apple", "Cherry"}
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.Equal([]int{1}, []int{1}))
}
