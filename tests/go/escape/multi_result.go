package main

func pair(a, b *int) (*int, *int) {
	return b, a
}

func main() {
	x, y := 1, 2
	p, q := pair(&x, &y)
	println(*p, *q)
}
