// reflect_maps_slices: map keys/index/range/set, slices (MakeSlice, Append, Index,
// Len/Cap, Bytes), IsNil, Elem of interfaces, DeepEqual.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Len(), mv.Kind(), mv.Type().Key(), mv.Type().Elem())
	var keys []string
	for _, k := range mv.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println(mv.MapIndex(reflect.ValueOf("two")), mv.MapIndex(reflect.ValueOf("none")).IsValid())
	var pairs []string
	it := mv.MapRange()
	for it.Next() {
		pairs = append(pairs, fmt.Sprintf("%s=%d", it.Key(), it.Value().Int()))
	}
	sort.Strings(pairs)
	fmt.Println(pairs)
	mv.SetMapIndex(reflect.ValueOf("four"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("one"), reflect.Value{})
	fmt.Println(len(m), m["four"], m["one"])

	var nilMap map[int]bool
	fmt.Println(reflect.ValueOf(nilMap).IsNil(), reflect.ValueOf(nilMap).Len(), len(reflect.ValueOf(nilMap).MapKeys()))

	st := reflect.TypeOf([]int(nil))
	s := reflect.MakeSlice(st, 2, 5)
	s.Index(0).SetInt(7)
	fmt.Println(s.Len(), s.Cap(), s.Interface())
	s = reflect.Append(s, reflect.ValueOf(8), reflect.ValueOf(9))
	fmt.Println(s.Len(), s.Cap(), s)
	s = reflect.Append(s, reflect.ValueOf(10), reflect.ValueOf(11))
	fmt.Println(s.Len(), s.Cap(), s)
	s = reflect.AppendSlice(s, reflect.ValueOf([]int{100, 200}))
	fmt.Println(s.Interface().([]int))

	words := reflect.ValueOf([]string{"x", "y"})
	fmt.Println(words.Index(1), words.Index(0).Kind(), words.Type().Elem())
	b := reflect.ValueOf([]byte("hi"))
	fmt.Println(b.Bytes(), string(b.Bytes()))
	str := reflect.ValueOf("héllo")
	fmt.Println(str.Len(), str.Index(1).Uint(), str.Index(0).Kind())

	var sl []int
	fmt.Println(reflect.ValueOf(sl).IsNil(), reflect.ValueOf([]int{}).IsNil())
	var ip *int
	fmt.Println(reflect.ValueOf(ip).IsNil(), reflect.ValueOf(ip).Elem().IsValid())
	var e error
	ev := reflect.ValueOf(&e).Elem()
	fmt.Println(ev.Kind(), ev.IsNil(), ev.Elem().IsValid(), ev.Type())
	items := []interface{}{1, "a", nil, 2.5}
	iv := reflect.ValueOf(items)
	for i := 0; i < iv.Len(); i++ {
		el := iv.Index(i)
		fmt.Print(el.Kind(), ":", el.Elem().Kind(), " ")
	}
	fmt.Println()

	type P struct {
		A []int
		M map[string]*int
	}
	one, uno := 1, 1
	p1 := P{[]int{1, 2}, map[string]*int{"k": &one}}
	p2 := P{[]int{1, 2}, map[string]*int{"k": &uno}}
	fmt.Println(reflect.DeepEqual(p1, p2), reflect.DeepEqual(p1, P{}), reflect.DeepEqual(1, int64(1)))
	fmt.Println(reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0), reflect.DeepEqual([]interface{}{1, "a"}, []interface{}{1, "a"}))
	type node struct{ next *node }
	a := &node{}
	a.next = a
	bb := &node{}
	bb.next = bb
	fmt.Println(reflect.DeepEqual(a, bb))
	f := func() {}
	fmt.Println(reflect.DeepEqual(f, f), reflect.DeepEqual(map[int]int{}, map[int]int(nil)))
	ch := make(chan int, 4)
	ch <- 1
	ch <- 2
	cv := reflect.ValueOf(ch)
	var nilCh chan string
	fmt.Println(cv.Len(), cv.Cap(), cv.Type(), cv.Type().ChanDir(), reflect.ValueOf(nilCh).Len(), reflect.TypeOf((<-chan int)(nil)).ChanDir())
}
