// slice_of_slices_append: appending to slices stored in a slice and passing slices to functions.
package main

import "fmt"

func addTo(s []int, v int) {
	s = append(s, v)
	s[0] = -1
}

func addToPtr(s *[]int, v int) {
	*s = append(*s, v)
}

func main() {
	s := make([]int, 1, 4)
	addTo(s, 5)
	fmt.Println(s, len(s), s[:2])
	addToPtr(&s, 6)
	fmt.Println(s)
	groups := make([][]string, 3)
	words := []string{"apple", "bob", "cat", "ax", "bee", "cow"}
	for _, w := range words {
		k := int(w[0] - 'a')
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)
}
