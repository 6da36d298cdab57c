package main

var sink *int

func main() {
	i := 0
loop:
	x := i
	if i == 2 {
		sink = &x
	}
	i++
	if i < 3 {
		goto loop
	}
	println(*sink)
}
