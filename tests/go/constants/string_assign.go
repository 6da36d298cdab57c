package main

func main() {
	var s string = 65
	_ = s
}
