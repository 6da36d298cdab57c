// struct_copy_semantics: assignment copies structs and arrays, but shares slices and maps inside.
package main

import "fmt"

type Inner struct {
	Arr   [3]int
	Slice []int
	M     map[string]int
}

func mutate(in Inner) {
	in.Arr[0] = 100
	in.Slice[0] = 100
	in.M["k"] = 100
}

func main() {
	a := Inner{[3]int{1, 2, 3}, []int{1, 2, 3}, map[string]int{"k": 1}}
	b := a
	b.Arr[1] = 20
	b.Slice[1] = 20
	b.M["k"] = 20
	fmt.Println(a.Arr, a.Slice, a.M["k"])
	fmt.Println(b.Arr, b.Slice, b.M["k"])
	mutate(a)
	fmt.Println(a.Arr, a.Slice, a.M["k"])
	arr := [2]Inner{}
	arr2 := arr
	arr2[0].Arr[0] = 5
	fmt.Println(arr[0].Arr, arr2[0].Arr)
	p := &a
	q := *p
	q.Arr[2] = 33
	fmt.Println(a.Arr[2], q.Arr[2])
}
