// ctrl_range_slice_array: range over slices, arrays and array pointers; range copies arrays.
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Println(i, v)
	}
	for i := range s {
		s[i] += "!"
	}
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Println(i, v)
	}
	fmt.Println(arr)
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 100
		fmt.Println(i, v)
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 4)
			sl[2] = 30
		}
		fmt.Println(i, v)
	}
	fmt.Println(len(sl))
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
}
