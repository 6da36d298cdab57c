package main

func f(n int) int {
	a := make([]int, 10)
	b := make([]int, n)
	c := make([]int, 0, 100000)
	a[0] = 1
	b = append(b, 1)
	c = append(c, 2)
	return len(a) + len(b) + len(c)
}

func g() []int {
	return make([]int, 3)
}

func main() {
	println(f(3), len(g()))
}
