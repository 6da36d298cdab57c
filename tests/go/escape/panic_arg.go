package main

type E struct{ msg string }

func fail(s string) {
	panic(&E{s})
}

func main() {
	defer func() {
		r := recover()
		println(r.(*E).msg)
	}()
	fail("boom")
}
