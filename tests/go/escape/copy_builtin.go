package main

func dup(s []*int) []*int {
	d := make([]*int, len(s))
	copy(d, s)
	return d
}

func main() {
	x := 1
	println(len(dup([]*int{&x})))
}
