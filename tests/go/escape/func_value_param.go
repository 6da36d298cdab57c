package main

type Op func(int) int

func compose(f, g Op) Op {
	return func(x int) int { return f(g(x)) }
}

func main() {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	h := compose(inc, dbl)
	println(h(3))
}
