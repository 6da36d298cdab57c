package main

func main() {
	for {
		break Outer
	}
}
