// iface_pointer_receiver_sets: only *T has pointer-receiver methods; value in iface is a copy.
package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type C struct{ n int }

func (c *C) Inc()      { c.n++ }
func (c *C) Value() int { return c.n }

type V struct{ n int }

func (v V) Value() int { return v.n }

func main() {
	c := &C{}
	var ci Counter = c
	ci.Inc()
	ci.Inc()
	fmt.Println(c.n, ci.Value())
	v := V{5}
	var vi interface{ Value() int } = v
	v.n = 100
	fmt.Println(vi.Value(), v.Value())
	var vp interface{ Value() int } = &v
	v.n = 200
	fmt.Println(vp.Value())
}
