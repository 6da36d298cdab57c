package main

var sink *int

func first(s []*int) {
	sink = s[0]
}

func deref(pp **int) *int {
	return *pp
}

func main() {
	x := 1
	s := []*int{&x}
	first(s)
	y := 2
	py := &y
	println(*deref(&py))
}
