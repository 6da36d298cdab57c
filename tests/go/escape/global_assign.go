package main

var g *int
var gs []*int

func main() {
	a := 1
	g = &a
	b := 2
	gs = append(gs, &b)
	println(*g, *gs[0])
}
