// slice_append_growth_int: capacity sequence when appending one int at a time from nil.
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
}
