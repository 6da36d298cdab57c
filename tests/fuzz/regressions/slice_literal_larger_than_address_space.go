package main

func main() {
	x := []int{1 << 62: 1}
	_ = x
}
