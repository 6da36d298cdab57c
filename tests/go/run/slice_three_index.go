// slice_three_index: full slice expressions s[lo:hi:max] limit capacity.
package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:6]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	t := arr[:0:0]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 9)
	fmt.Println(arr[0], t)
	full := arr[1:3:8]
	full = append(full, 77)
	fmt.Println(arr)
	str := "hello"
	fmt.Println(str[1:3])
	p := &arr
	fmt.Println(p[5:7:7], cap(p[5:7:7]))
}
