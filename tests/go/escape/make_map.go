package main

func f() int {
	m := make(map[string]int)
	m["a"] = 1
	return len(m)
}

func g() map[int]int {
	return make(map[int]int, 10)
}

func h() int {
	m := map[int]string{1: "a"}
	return len(m)
}

func main() {
	println(f(), len(g()), h())
}
