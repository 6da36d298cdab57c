// defer_args_eval: deferred call arguments are evaluated at the defer statement; closures see later values.
package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func work() {
	defer un(trace("work"))
	fmt.Println("in work")
}

func main() {
	x := 1
	defer fmt.Println("arg x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	work()
	type S struct{ v int }
	s := S{1}
	defer fmt.Println("struct copy", s)
	p := &s
	defer fmt.Println("via pointer", p.v)
	defer func(q *S) { fmt.Println("pointer arg", q.v) }(p)
	s.v = 42
}
