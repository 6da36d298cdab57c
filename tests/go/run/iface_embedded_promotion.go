// iface_embedded_promotion: promoted methods of embedded values and pointers satisfy interfaces.
package main

import "fmt"

type Namer interface{ Name() string }
type Renamer interface {
	Namer
	Rename(string)
}

type Base struct{ name string }

func (b Base) Name() string      { return b.name }
func (b *Base) Rename(n string) { b.name = n }

type ByValue struct{ Base }
type ByPointer struct{ *Base }

func main() {
	v := ByValue{Base{"v"}}
	var n Namer = v
	fmt.Println(n.Name())
	var r Renamer = &v
	r.Rename("v2")
	fmt.Println(v.Name(), n.Name())
	p := ByPointer{&Base{"p"}}
	var r2 Renamer = p
	r2.Rename("p2")
	fmt.Println(p.Name(), r2.Name())
	_, ok := interface{}(v).(Renamer)
	fmt.Println(ok)
}
