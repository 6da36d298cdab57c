// fmt_pointers_structs: top-level pointers to structs, arrays, slices, maps print as &{...}; nested ones as addresses (avoided).
package main

import "fmt"

type P struct {
	X int
	S []string
}

func main() {
	p := &P{1, []string{"a"}}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	arr := &[3]int{1, 2, 3}
	fmt.Println(arr)
	sl := &[]string{"x"}
	fmt.Println(sl)
	mp := &map[string]int{"k": 1}
	fmt.Println(mp)
	type Wrap struct{ In P }
	fmt.Printf("%+v\n", &Wrap{P{2, nil}})
	var np *P
	fmt.Println(np)
}
