package main

var sink string

func f(b []byte) string {
	return string(b)
}

func g(s string) int {
	b := []byte(s)
	return len(b)
}

func h(b []byte) {
	sink = string(b)
}

func main() {
	println(f([]byte("ab")), g("xyz"))
	h([]byte{'c'})
}
