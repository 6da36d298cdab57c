package main

func f() int {
	var arr [4]int
	p := &arr[2]
	*p = 9
	return arr[2]
}

func g() *int {
	var arr [4]int
	return &arr[1]
}

func main() {
	println(f(), *g())
}
