package main

var sink *int

func f(i interface{}) {
	switch v := i.(type) {
	case *int:
		sink = v
	case string:
		println(v)
	}
}

func main() {
	x := 1
	f(&x)
	f("s")
	println(*sink)
}
