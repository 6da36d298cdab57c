package main

var sink strssssssssssssssssssssssing

func f(a, b string) string {
	return a + b
+ b
	return len(s)
}

func main() {
	sink = f("x", "y")
	println(sink, g("p", "q"))
}
