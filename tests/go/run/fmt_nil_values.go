// fmt_nil_values: printing nil pointers, slices, maps, interfaces, funcs and errors.
package main

import "fmt"

type T struct{ X int }

func main() {
	var p *T
	var s []int
	var m map[string]int
	var i interface{}
	var e error
	var f func()
	var ch chan int
	fmt.Println(p, s, m, i, e)
	fmt.Printf("%v %v %v %v %v\n", p, s, m, i, e)
	fmt.Printf("%+v %#v %#v %#v %#v\n", p, p, s, m, i)
	fmt.Printf("%d %s\n", s, s)
	fmt.Printf("%v %v\n", f == nil, ch)
	fmt.Printf("%T %T %T %T\n", p, s, i, e)
	fmt.Printf("%s|%d|%v\n", nil, nil, nil)
	fmt.Println([]*T{nil, nil}, []interface{}{nil, 1})
}
