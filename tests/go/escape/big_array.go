package main

func f() int {
	var big [20000]int
	big[5] = 1
	return big[5]
}

func g() int {
	p := new([100000]byte)
	p[1] = 2
	return int(p[1])
}

func main() {
	println(f(), g())
}
