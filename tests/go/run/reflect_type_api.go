// reflect_type_api: Type methods (methods of T and *T, PointerTo identity, Implements,
// func/map/array types, AssignableTo/ConvertibleTo, Comparable, Name/PkgPath), fmt of
// Types and Values, Value.Slice.
package main

import (
	"fmt"
	"reflect"
)

type walker struct {
	t     reflect.Type
	depth int
}

func name(w walker) string { return w.t.String() }

type P struct{ X, Y int }

func (p P) Sum() int       { return p.X + p.Y }
func (p *P) Scale(k int)   { p.X *= k; p.Y *= k }
func (p P) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	w := walker{t: reflect.TypeOf(3)}
	fmt.Println(name(w))
	t := reflect.TypeOf(P{})
	fmt.Println(t.NumMethod(), reflect.TypeOf(&P{}).NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(m.Name, m.Type, m.Index)
	}
	pt := reflect.PointerTo(t)
	fmt.Println(pt, pt == reflect.TypeOf(&P{}), pt.Elem() == t)
	var s fmt.Stringer = P{1, 2}
	fmt.Println(reflect.TypeOf(s), reflect.ValueOf(s))
	st := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(st, st.Kind(), t.Implements(st), reflect.TypeOf(3).Implements(st))
	fmt.Printf("%v %T %s\n", t, t, t.Kind())
	v := reflect.ValueOf(&P{3, 4})
	fmt.Println(v.Elem().Field(1).CanSet(), v.Elem().Field(1).Interface())
	v.Elem().Field(0).SetInt(10)
	fmt.Println(v.Interface(), v.Elem())
	f := reflect.TypeOf(fmt.Sprintf)
	fmt.Println(f, f.NumIn(), f.In(0), f.In(1), f.IsVariadic(), f.NumOut(), f.Out(0))
	m := reflect.TypeOf(map[string][]int{})
	fmt.Println(m.Key(), m.Elem(), m.Elem().Elem(), m.Size(), reflect.TypeOf([3]int16{}).Len(), reflect.TypeOf([3]int16{}).Size())
	fmt.Println(reflect.TypeOf(int8(1)).AssignableTo(reflect.TypeOf(1)), reflect.TypeOf(int8(1)).ConvertibleTo(reflect.TypeOf(1)))
	fmt.Println(reflect.TypeOf(P{}).Comparable(), reflect.TypeOf([]int{}).Comparable(), t.PkgPath(), t.Name(), reflect.TypeOf(1).PkgPath() == "")
	arr := [5]int{1, 2, 3, 4, 5}
	sv := reflect.ValueOf(&arr).Elem().Slice(1, 3)
	sv.Index(0).SetInt(20)
	fmt.Println(sv, sv.Len(), sv.Cap(), sv.Type(), arr)
	ss := reflect.ValueOf([]string{"a", "b", "c", "d"}).Slice(2, 4)
	fmt.Println(ss, ss.Cap(), reflect.ValueOf("gopher").Slice(1, 4))
	fmt.Println(reflect.ValueOf([]int{1}).Slice(1, 1).Len(), reflect.Indirect(reflect.ValueOf(&arr)).Len())
	var nilType reflect.Type
	fmt.Println(nilType, reflect.TypeOf(nil) == nil, reflect.ValueOf(nil).IsValid())
}
