package main

var sink interface{}

type S struct{ a, b int }

func main() {
	x := 42
	sink = x
	s := S{1, 2}
	sink = s
	var i interface{} = s
	_ = i
	println(sink != nil)
}
