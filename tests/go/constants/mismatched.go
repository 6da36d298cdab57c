package main

const a int8 = 1
const b int16 = 2

func main() {
	_ = a + b
}
