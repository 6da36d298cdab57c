// iface_empty_holding: interface{}/any holding many kinds, printed with %v and %T.
package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	vals := []any{
		1, int8(-2), uint(3), 4.5, float32(1.25), "str", 'x', byte('y'), true, nil,
		[]int{1}, [2]string{"a", "b"}, map[string]int{"k": 1}, Pt{1, 2}, &Pt{3, 4},
		struct{ A int }{5}, 2 + 3i, []any{1, "a", nil}, func() {} == nil,
	}
	for i, v := range vals {
		fmt.Printf("%d %T %v\n", i, v, v)
	}
	var a any = 10
	a = a.(int) * 2
	fmt.Println(a)
}
