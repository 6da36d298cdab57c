package main

func apply(f func(int) int, x int) int {
	return f(x)
}

func main() {
	k := 3
	r := apply(func(x int) int { return x * k }, 2)
	println(r)
}
