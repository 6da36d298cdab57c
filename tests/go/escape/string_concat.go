package main

var sink string

func f(a, b string) string {
	return a + b
}

func g(a, b string) int {
	s := a + b
	return len(s)
}

func main() {
	sink = f("x", "y")
	println(sink, g("p", "q"))
}
