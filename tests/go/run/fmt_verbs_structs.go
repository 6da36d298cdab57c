// fmt_verbs_structs: %v %+v %#v %T on structs, nested structs, pointers to structs, slices and maps.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	Tags  map[string]int
	Any   interface{}
	priv  bool
}

func main() {
	in := Inner{1, "x"}
	o := Outer{Name: "o", In: in, Ptr: &in, List: []int{1, 2}, Tags: map[string]int{"b": 2, "a": 1}, Any: 3.5}
	fmt.Printf("%v\n", in)
	fmt.Printf("%+v\n", in)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%T\n", o)
	fmt.Printf("%v\n", &in)
	fmt.Printf("%+v\n", &in)
	fmt.Printf("%#v\n", &in != nil)
	o.Ptr = nil
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	fmt.Printf("%v %+v\n", []Inner{in}, []*Inner{nil})
	fmt.Printf("%#v %#v %#v\n", []string{"a"}, map[string]bool{"k": true}, [2]int{1, 2})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 3.0, uint8(7))
}
