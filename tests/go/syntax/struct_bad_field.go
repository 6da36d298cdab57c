package main

type S struct {
	a int
	(b) int
}

func main() {
}
