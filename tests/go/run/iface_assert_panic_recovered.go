// iface_assert_panic_recovered: failing type assertions panic with runtime.TypeAssertionError texts.
package main

import (
	"fmt"
	"runtime"
)

type I interface{ M() }
type T struct{}

func (T) M() {}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, "->", r, isRuntime)
	}()
	f()
}

func main() {
	var x interface{} = "hello"
	try("string as int", func() { _ = x.(int) })
	try("string as I", func() { _ = x.(I) })
	var nilIface interface{}
	try("nil as int", func() { _ = nilIface.(int) })
	var i I = T{}
	try("I as *T", func() { _ = i.(*T) })
	try("ok", func() { _ = i.(T) })
	var e interface{} = 3.5
	try("float as Stringer", func() { _ = e.(fmt.Stringer) })
}
