package main

const c = 1 << 400

func main() {
	_ = c << 200
}
