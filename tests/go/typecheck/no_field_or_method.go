// no_field_or_method: selecting an unknown field or method.
package main

type T struct{ x int }

func (T) M() {}

func main() {
	var t T
	_ = t.foo
	t.Bar()
	var p *T
	_ = p.y
}
