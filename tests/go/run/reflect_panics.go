// reflect_panics: reflect's panics with Go's texts, recovered (the *ValueError ones
// as errors), then one left uncaught.
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
}

func try(what string, f func()) {
	defer func() {
		r := recover()
		if ve, ok := r.(*reflect.ValueError); ok {
			fmt.Printf("%s: *ValueError{%s, %v}: %v\n", what, ve.Method, ve.Kind, ve)
			return
		}
		fmt.Printf("%s: %v\n", what, r)
	}()
	f()
}

func main() {
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Float on int", func() { reflect.ValueOf(1).Float() })
	try("Bool on zero", func() { reflect.Value{}.Bool() })
	try("Type on zero", func() { reflect.Value{}.Type() })
	try("Len on int", func() { reflect.ValueOf(1).Len() })
	try("Index on map", func() { reflect.ValueOf(map[int]int{}).Index(0) })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("Field on slice", func() { reflect.ValueOf([]int{1}).Field(0) })
	try("Field out of range", func() { reflect.ValueOf(T{}).Field(5) })
	try("Elem on int", func() { reflect.ValueOf(1).Elem() })
	try("IsNil on int", func() { reflect.ValueOf(1).IsNil() })
	try("SetInt unaddressable", func() { reflect.ValueOf(1).SetInt(2) })
	try("SetInt on string", func() {
		s := "x"
		reflect.ValueOf(&s).Elem().SetInt(2)
	})
	try("SetString unexported", func() {
		t := T{}
		reflect.ValueOf(&t).Elem().Field(1).SetString("no")
	})
	try("Interface unexported", func() { reflect.ValueOf(T{b: "x"}).Field(1).Interface() })
	try("Type.Elem of int", func() { reflect.TypeOf(1).Elem() })
	try("Type.NumField of int", func() { reflect.TypeOf(1).NumField() })
	try("Type.Field of map", func() { reflect.TypeOf(map[int]int{}).Field(0) })
	try("Type.Key of slice", func() { reflect.TypeOf([]int{}).Key() })
	try("Type.Len of slice", func() { reflect.TypeOf([]int{}).Len() })
	try("Type.In of int", func() { reflect.TypeOf(1).In(0) })
	try("MakeSlice non-slice", func() { reflect.MakeSlice(reflect.TypeOf(1), 0, 0) })
	try("MakeSlice len > cap", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 2) })
	try("New(nil)", func() { reflect.New(nil) })
	try("Set not assignable", func() {
		x := 1
		reflect.ValueOf(&x).Elem().Set(reflect.ValueOf(int64(2)))
	})
	try("Addr unaddressable", func() { reflect.ValueOf(1).Addr() })
	try("MapIndex on slice", func() { reflect.ValueOf([]int{}).MapIndex(reflect.ValueOf(1)) })
	try("Implements non-interface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(2)) })
	var v reflect.Value
	fmt.Println(v.IsValid(), v.Kind(), v.String(), v)
	fmt.Printf("%v|%d|%T|%s\n", reflect.ValueOf(42), reflect.ValueOf(42), reflect.ValueOf(42), reflect.ValueOf(42).String())
	reflect.ValueOf("text").Int()
}
