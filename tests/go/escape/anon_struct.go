package main

var sink interface{}

func main() {
	a := struct{ x, y int }{1, 2}
	b := &struct{ p *int }{&a.x}
	sink = b
	println(a.y)
}
