package main

type T struct{ a, b int }

func f() int {
	t := &T{1, 2}
	return t.a + t.b
}

func g() *T {
	return &T{a: 3}
}

func main() {
	println(f(), g().a)
}
