package main

type I interface {
	M()
	123
}

func main() {
}
