package main

func main() {
	_ = 1.0 / 0.0
}
