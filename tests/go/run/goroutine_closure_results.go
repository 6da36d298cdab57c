// goroutine_closure_results: goroutines computing into a results channel, summed by main.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	type res struct{ n, f int }
	ch := make(chan res)
	for _, n := range []int{10, 20, 25, 5} {
		go func() { ch <- res{n, fib(n)} }()
	}
	got := map[int]int{}
	for range 4 {
		r := <-ch
		got[r.n] = r.f
	}
	fmt.Println(got)
}
