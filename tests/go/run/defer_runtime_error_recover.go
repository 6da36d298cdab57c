// defer_runtime_error_recover: runtime errors recovered: their Error() texts and runtime.Error type.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		if ok {
			fmt.Println(name, "runtime.Error:", re.Error())
		} else {
			fmt.Println(name, "other:", r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	var m map[string]int
	var p *struct{ x int }
	zero := 0
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = p.x })
	try("divzero", func() { _ = 10 / zero })
	try("custom", func() { panic("just a string") })
	var arr [4]int
	j := -1
	try("neg index", func() { _ = arr[j+0] })
	try("conv", func() { _ = []rune("x")[i] })
}
