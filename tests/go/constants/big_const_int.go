package main

const c = 1 << 200

func main() {
	var x int = c
	_ = x
}
