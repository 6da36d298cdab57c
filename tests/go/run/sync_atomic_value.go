// sync_atomic_value: atomic.Value Load/Store/Swap/CompareAndSwap and its panics.
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

func try(what string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", what, r, r)
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"a", 1})
	fmt.Println(v.Load())
	fmt.Println(v.Load().(config).name)
	old := v.Swap(config{"b", 2})
	fmt.Println(old, v.Load())
	fmt.Println(v.CompareAndSwap(config{"x", 0}, config{"c", 3}), v.Load())
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load())
	try("store nil", func() { v.Store(nil) })
	try("store int", func() { v.Store(1) })
	try("swap nil", func() { v.Swap(nil) })
	try("swap string", func() { v.Swap("s") })
	try("cas nil", func() { v.CompareAndSwap(config{}, nil) })
	try("cas mixed", func() { v.CompareAndSwap(1, config{}) })
	try("cas wrong", func() { v.CompareAndSwap(1, 2) })

	var w atomic.Value
	fmt.Println(w.Swap(5), w.Load())
	var x atomic.Value
	fmt.Println(x.CompareAndSwap(1, 2), x.CompareAndSwap(nil, 2), x.Load())
	var s atomic.Value
	s.Store([]int{1})
	try("cas slice", func() { s.CompareAndSwap([]int{1}, []int{2}) })
	var p atomic.Value
	p.Store(&config{"p", 9})
	fmt.Println(p.Load().(*config).n)
	try("store nil ptr", func() { p.Store((*config)(nil)) })
	fmt.Println(p.Load().(*config) == nil)
}
