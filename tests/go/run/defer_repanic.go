// defer_repanic: a recovered panic re-raised with a new value; the outer recover sees the new value.
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-panic(%v)", r))
	}()
	panic("first")
}

func outer() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	inner()
	fmt.Println("not reached")
}

func main() {
	outer()
	fmt.Println("main continues")
}
