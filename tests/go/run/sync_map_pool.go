// sync_map_pool: sync.Map's methods and sync.Pool on one goroutine.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) {
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}

func main() {
	var m sync.Map
	fmt.Println(m.Load("x"))
	m.Store("a", 1)
	m.Store("b", 2)
	fmt.Println(m.Load("a"))
	fmt.Println(m.LoadOrStore("a", 10))
	fmt.Println(m.LoadOrStore("c", 3))
	fmt.Println(m.Swap("a", 11))
	fmt.Println(m.Swap("d", 4))
	fmt.Println(m.CompareAndSwap("a", 1, 12), m.CompareAndSwap("a", 11, 12), m.CompareAndSwap("zz", nil, 1))
	fmt.Println(m.CompareAndDelete("b", 3), m.CompareAndDelete("b", 2))
	fmt.Println(m.LoadAndDelete("c"))
	fmt.Println(m.LoadAndDelete("c"))
	m.Delete("nothing")
	dump(&m)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		m.Store(fmt.Sprint(k, "x"), v) // storing while ranging is allowed
		return false
	})
	fmt.Println("visited", n)
	m.Clear()
	dump(&m)
	m.Store(1, "int key")
	m.Store(1.5, "float key")
	fmt.Println(m.Load(1))
	fmt.Println(m.Load(1.5))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, 0)
	}()

	var p sync.Pool
	fmt.Println(p.Get())
	p.Put(nil)
	p.Put("x")
	p.Put("y")
	p.Put("z")
	got := []string{p.Get().(string), p.Get().(string), p.Get().(string)}
	sort.Strings(got) // which item comes first depends on the P in Go
	fmt.Println(got, p.Get())
	made := 0
	q := sync.Pool{New: func() any { made++; return made }}
	fmt.Println(q.Get(), q.Get())
	q.Put(100)
	fmt.Println(q.Get(), q.Get(), made)
}
