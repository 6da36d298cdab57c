package main

func main() {
	var x int = 1 << 62 * 4
	_ = x
}
