package main

var sink *int

func store(p *int) {
	sink = p
}

func ret(p *int) *int {
	return p
}

func noesc(p *int) int {
	return *p
}

func main() {
	a, b, c := 1, 2, 3
	store(&a)
	println(*ret(&b), noesc(&c))
}
