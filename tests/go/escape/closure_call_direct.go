package main

func main() {
	x := 1
	p := func(q *int) *int { return q }(&x)
	println(*p)
}
