package main

var sink *int

func main() {
	mk := func() *int {
		v := 3
		return &v
	}
	sink = mk()
	println(*sink)
}
