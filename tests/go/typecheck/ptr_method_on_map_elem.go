// ptr_method_on_map_elem: calling a pointer method on a non-addressable map element.
package main

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	m := map[string]C{}
	m["a"].Inc()
}
