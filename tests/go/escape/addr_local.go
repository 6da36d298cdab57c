package main

func f() int {
	x := 1
	p := &x
	*p = 2
	return x
}

func g() *int {
	y := 3
	return &y
}

func main() {
	println(f(), *g())
}
