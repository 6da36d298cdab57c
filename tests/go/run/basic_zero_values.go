// basic_zero_values: zero values of every basic and composite kind.
package main

import "fmt"

type P struct {
	X, Y int
	S    string
}

func main() {
	var i int
	var f float64
	var s string
	var b bool
	var r rune
	var p *int
	var sl []int
	var m map[string]int
	var e error
	var a [3]int
	var st P
	var fn func()
	var c chan int
	var any interface{}
	fmt.Println(i, f, s == "", b, r, p == nil, sl == nil, m == nil, e == nil)
	fmt.Println(a, st, fn == nil, c == nil, any == nil)
	fmt.Printf("%q %v %v %v %v\n", s, p, sl, m, e)
	fmt.Println(len(sl), cap(sl), len(m), len(s))
}
