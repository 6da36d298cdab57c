package main

type Base struct{ id *int }

func (b *Base) ID() *int { return b.id }

type Derived struct {
	Base
	name string
}

func main() {
	x := 1
	d := Derived{Base{&x}, "d"}
	println(*d.ID(), d.name)
}
