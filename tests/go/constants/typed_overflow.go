package main

const a int8 = 100

func main() {
	_ = a * 2
}
