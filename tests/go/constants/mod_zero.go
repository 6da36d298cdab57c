package main

func main() {
	_ = 10 % 0
}
