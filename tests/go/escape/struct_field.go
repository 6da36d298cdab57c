package main

type Box struct{ p *int }

var sink Box

func put(b *Box, p *int) {
	b.p = p
}

func main() {
	x := 1
	var b Box
	put(&b, &x)
	sink = b
	println(*sink.p)
}
