// func_closures_counter: closures capture variables by reference; independent counters.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(start int) (func(int), func() int) {
	total := start
	return func(d int) { total += d }, func() int { return total }
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add, get := adder(10)
	add(5)
	add(7)
	fmt.Println(get())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for range 10 {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
