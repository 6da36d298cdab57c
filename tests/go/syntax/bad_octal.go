package main

func main() {
	x := 09
	_ = x
}
