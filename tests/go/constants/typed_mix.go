package main

const u uint8 = 1

func main() {
	_ = u + 1.5
}
