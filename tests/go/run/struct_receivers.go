// struct_receivers: value receivers work on copies, pointer receivers mutate; auto & and *.
package main

import "fmt"

type Box struct{ v int }

func (b Box) SetVal(n int)   { b.v = n }
func (b *Box) SetPtr(n int)  { b.v = n }
func (b Box) Get() int       { return b.v }
func (b *Box) Double()       { b.v *= 2 }

func main() {
	b := Box{1}
	b.SetVal(5)
	fmt.Println(b.v)
	b.SetPtr(5)
	fmt.Println(b.v)
	bp := &b
	bp.SetVal(9)
	fmt.Println(bp.Get(), b.v)
	bp.Double()
	fmt.Println(b.Get())
	boxes := []Box{{1}, {2}, {3}}
	for _, bx := range boxes {
		bx.Double()
	}
	fmt.Println(boxes)
	for i := range boxes {
		boxes[i].Double()
	}
	fmt.Println(boxes)
	m := map[string]*Box{"a": {7}}
	m["a"].Double()
	fmt.Println(m["a"].v)
}
