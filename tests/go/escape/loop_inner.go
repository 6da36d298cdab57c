package main

func main() {
	sum := 0
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		sum += *p
	}
	println(sum)
}
