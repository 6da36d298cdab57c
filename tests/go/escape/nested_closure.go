package main

func outer() func() func() int {
	x := 0
	return func() func() int {
		return func() int {
			x++
			return x
		}
	}
}

func main() {
	f := outer()()
	f()
	println(f())
}
