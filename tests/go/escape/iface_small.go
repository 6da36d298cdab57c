package main

var sink interface{}

func main() {
	var b byte = 7
	sink = b
	var z struct{}
	sink = z
	sink = 5
	sink = "const"
	var bo bool = true
	sink = bo
	println(sink != nil)
}
