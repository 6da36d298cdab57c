package main

func show(p *int) { println(*p) }

func main() {
	x := 1
	defer show(&x)
	for i := 0; i < 2; i++ {
		y := i
		defer show(&y)
	}
}
