// slice_delete_insert: removing and inserting elements with append and copy idioms.
package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{0, 1, 2, 3, 4}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 1, 99)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, len(s), 7)
	fmt.Println(s)
	evens := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens)
	for i, j := 0, len(evens)-1; i < j; i, j = i+1, j-1 {
		evens[i], evens[j] = evens[j], evens[i]
	}
	fmt.Println(evens)
}
