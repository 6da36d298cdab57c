// ctrl_range_func: Go 1.23 range-over-func iterators (iter.Seq style) with early break.
package main

import "fmt"

func countTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
		fmt.Println("exhausted")
	}
}

func pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	for v := range countTo(3) {
		fmt.Println(v)
	}
	for v := range countTo(10) {
		if v == 4 {
			break
		}
		fmt.Println(v)
	}
	for i, s := range pairs([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
}
