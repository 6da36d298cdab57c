package main

func f() int {
	p := new(int)
	*p = 5
	return *p
}

func g() *int {
	return new(int)
}

func main() {
	println(f(), *g())
}
