package main

func main() {
Loop:
	for i := 0; i < 3; i++ {
	}
}
