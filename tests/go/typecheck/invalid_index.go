// invalid_index: indexing non-indexable values and constant out-of-range indices.
package main

func main() {
	n := 5
	_ = n[0]
	arr := [3]int{}
	_ = arr[5]
	s := []int{1}
	_ = s["a"]
	_ = arr[-1]
}
