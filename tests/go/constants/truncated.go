package main

func main() {
	var i int
	i = 1.5
	_ = i
}
