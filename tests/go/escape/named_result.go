package main

func pick(a, b *int) (r *int) {
	r = a
	if *b > *a {
		r = b
	}
	return
}

func main() {
	x, y := 1, 2
	println(*pick(&x, &y))
}
