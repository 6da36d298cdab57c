package main

func f() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += i }()
	}
	return 0
}

func g() (n int) {
	defer func() { n = 7 }()
	return 1
}

func main() {
	println(f(), g())
}
