package main

type Inner struct{ p *int }
type Outer struct {
	in  Inner
	ptr *Inner
}

var sink *int

func get(o *Outer) *int {
	return o.in.p
}

func leak(o Outer) {
	sink = o.ptr.p
}

func main() {
	x := 1
	o := Outer{in: Inner{&x}}
	println(*get(&o))
	y := 2
	leak(Outer{ptr: &Inner{&y}})
}
