package main

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func run(f func()) { f() }

func main() {
	c := &C{}
	f := c.Inc
	f()
	run(c.Inc)
	println(c.n)
}
