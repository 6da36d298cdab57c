package main

func work() {}

func main() {
	defer (work())
}
