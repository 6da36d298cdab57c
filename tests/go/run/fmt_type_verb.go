// fmt_type_verb: %T for built-in, named, composite, func and channel types.
package main

import "fmt"

type Celsius float64
type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	vals := []interface{}{
		1, "s", 1.5, true, 'r', byte(1), nil, []int{}, [3]string{}, map[string][]int{},
		Celsius(1), new(Celsius), struct{ A int }{}, func(int) string { return "" },
		make(chan int), make(<-chan bool), Pair[string, int]{}, []interface{}{}, fmt.Errorf("x"),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
}
