package main

func f(i interface{}) int {
	if n, ok := i.(int); ok {
		return n
	}
	return 0
}

func g(i interface{}) *int {
	p, _ := i.(*int)
	return p
}

func main() {
	x := 4
	println(f(3), *g(&x))
}
