package main

var global []int

func f() int {
	s := []int{1, 2, 3}
	return s[1]
}

func g() []int {
	return []int{4, 5}
}

func h() {
	global = []int{6}
}

func main() {
	h()
	println(f(), len(g()), len(global))
}
