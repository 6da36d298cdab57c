package main

type T struct{ p *int }

func get(t *T) *int {
	return t.p
}

func id(t T) T {
	return t
}

func main() {
	x := 1
	t := &T{&x}
	println(*get(t))
	u := id(T{&x})
	println(u.p != nil)
}
