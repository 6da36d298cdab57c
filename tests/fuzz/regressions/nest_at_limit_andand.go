package main

func f(x int) int { return x }

var y struct{ a int }

func main() {
	b := true
	x := b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b && b
	_ = x
}
