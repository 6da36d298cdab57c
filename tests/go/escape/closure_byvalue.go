package main

var fs []func() int

func main() {
	a := 10
	b := 20
	b = 30
	fs = append(fs, func() int { return a + b })
	println(fs[0]())
}
