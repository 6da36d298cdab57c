package main

func main() {
	x := 3 @ 4
	_ = x
}
