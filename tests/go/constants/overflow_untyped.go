package main

const c = 1 << 500

func main() {
	_ = c * c
}
