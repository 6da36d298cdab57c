// defer_modify_return_panic: defers still run during a panic and can set named results.
package main

import "fmt"

func compute(x int) (result int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovering:", r)
			result, ok = -1, false
		}
	}()
	defer fmt.Println("cleanup for", x)
	if x > 10 {
		panic(fmt.Sprintf("too big: %d", x))
	}
	return x * x, true
}

func main() {
	fmt.Println(compute(3))
	fmt.Println(compute(11))
}
