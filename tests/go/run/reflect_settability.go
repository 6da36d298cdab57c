// reflect_settability: CanSet/CanAddr through pointers, Set of every basic kind,
// interfaces, unexported fields (readable, not settable), Addr, New, Zero.
package main

import (
	"fmt"
	"reflect"
)

type Inner struct{ N int }

type embedded struct{ X int }

type Outer struct {
	embedded
	Y int
}

type Config struct {
	Name    string
	Port    int
	Ratio   float64
	Debug   bool
	Small   int8
	Count   uint16
	Any     interface{}
	Err     error
	Tags    []string
	Nested  Inner
	Ptr     *Inner
	private string
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
}

func main() {
	c := Config{Name: "svc", private: "secret"}
	v := reflect.ValueOf(c)
	fmt.Println("by value:", v.CanAddr(), v.CanSet(), v.Field(0).CanSet())

	pv := reflect.ValueOf(&c)
	fmt.Println("pointer:", pv.CanAddr(), pv.CanSet(), pv.Kind(), pv.Type())
	e := pv.Elem()
	fmt.Println("elem:", e.CanAddr(), e.CanSet(), e.Kind(), e.Type())
	for i := 0; i < e.NumField(); i++ {
		f := e.Field(i)
		fmt.Printf("  %-7s %-14v canset=%v canaddr=%v caninterface=%v\n", e.Type().Field(i).Name, f.Type(), f.CanSet(), f.CanAddr(), f.CanInterface())
	}

	e.FieldByName("Name").SetString("api")
	e.FieldByName("Port").SetInt(8080)
	e.FieldByName("Ratio").SetFloat(0.75)
	e.FieldByName("Debug").SetBool(true)
	e.FieldByName("Small").SetInt(-300) // wraps like a conversion
	e.FieldByName("Count").SetUint(65537)
	e.FieldByName("Any").Set(reflect.ValueOf(42))
	e.FieldByName("Err").Set(reflect.ValueOf(fmt.Errorf("bad %d", 7)))
	e.FieldByName("Tags").Set(reflect.ValueOf([]string{"a", "b"}))
	e.FieldByName("Nested").Field(0).SetInt(5)
	e.FieldByName("Ptr").Set(reflect.New(reflect.TypeOf(Inner{})))
	e.FieldByName("Ptr").Elem().Field(0).SetInt(9)
	fmt.Println(c.Name, c.Port, c.Ratio, c.Debug, c.Small, c.Count, c.Any, c.Err, c.Tags, c.Nested, c.Ptr.N)
	fmt.Println(e.FieldByName("Any").Kind(), e.FieldByName("Any").Elem().Kind(), e.FieldByName("Err").Elem().Type())

	// unexported: readable through String/Int..., not through Interface, not settable
	priv := e.FieldByName("private")
	fmt.Println(priv.String(), priv.CanSet(), priv.CanInterface())
	try("Interface", func() { fmt.Println(priv.Interface()) })
	try("SetString", func() { priv.SetString("x") })
	try("SetInt unaddressable", func() { reflect.ValueOf(3).SetInt(4) })
	try("Set wrong type", func() { e.FieldByName("Port").Set(reflect.ValueOf("str")) })
	fmt.Println(priv) // fmt may print it

	// Addr, New, Zero
	x := 1.5
	xv := reflect.ValueOf(&x).Elem()
	p := xv.Addr().Interface().(*float64)
	*p = 2.5
	fmt.Println(x, xv.Float(), xv.Addr().Type())
	try("Addr", func() { reflect.ValueOf(x).Addr() })
	n := reflect.New(reflect.TypeOf(""))
	n.Elem().SetString("made by New")
	fmt.Println(*(n.Interface().(*string)), n.Type(), n.Elem().CanSet())
	z := reflect.Zero(reflect.TypeOf(Config{}))
	fmt.Println(z.CanSet(), z.IsZero(), z.Field(1).Int(), z.Field(0).String() == "")
	fmt.Println(reflect.ValueOf(c).IsZero(), reflect.ValueOf(Inner{}).IsZero(), reflect.ValueOf(0.0).IsZero())

	// an array inside a struct reached through a pointer is addressable element by element
	arr := [3]int{1, 2, 3}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(2).SetInt(30)
	fmt.Println(arr, av.Index(0).CanSet(), reflect.ValueOf(arr).Index(0).CanSet())
	// slice elements are addressable even when the slice Value is not
	s := []int{1, 2}
	reflect.ValueOf(s).Index(1).SetInt(20)
	fmt.Println(s)
	// an exported field of an unexported embedded struct stays settable
	o := Outer{}
	ov := reflect.ValueOf(&o).Elem()
	emb := ov.Field(0)
	fmt.Println(emb.CanSet(), emb.CanInterface(), emb.Field(0).CanSet(), emb.Field(0).CanInterface())
	emb.Field(0).SetInt(11)
	ov.FieldByName("X").SetInt(ov.FieldByName("X").Int() + 1)
	fmt.Println(o.X, ov.FieldByName("X"), emb)
}
