package main

func main() {
	_ = 1 << 1.5
}
