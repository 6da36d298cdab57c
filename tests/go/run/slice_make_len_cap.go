// slice_make_len_cap: make with len and cap, zeroed elements, slicing changes len/cap.
package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 10)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	c := b[:5]
	fmt.Println(c, len(c), cap(c))
	d := b[3:7]
	fmt.Println(d, len(d), cap(d))
	e := make([]string, 2)
	fmt.Printf("%q\n", e)
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	fmt.Println(len(arr[:0]), cap(arr[:0]), cap(arr[5:]))
}
