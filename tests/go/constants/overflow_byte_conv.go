package main

func main() {
	_ = byte(256)
}
