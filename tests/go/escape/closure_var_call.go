package main

func main() {
	x := 1
	f := func(p *int) int { return *p }
	println(f(&x))
	var g = func(q *int) *int { return q }
	y := 2
	println(*g(&y))
	h := func() {}
	h = func() { println("h") }
	z := 3
	k := func(p *int) { println(*p) }
	k(&z)
	h()
}
