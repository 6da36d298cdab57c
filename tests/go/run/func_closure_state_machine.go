// func_closure_state_machine: states as functions returning the next state function.
package main

import "fmt"

type stateFn func(r rune) stateFn

func main() {
	var count int
	var inWord, inSpace stateFn
	inWord = func(r rune) stateFn {
		if r == ' ' {
			return inSpace
		}
		return inWord
	}
	inSpace = func(r rune) stateFn {
		if r == ' ' {
			return inSpace
		}
		count++
		return inWord
	}
	state := inSpace
	for _, r := range "  the quick  brown fox " {
		state = state(r)
	}
	fmt.Println("words:", count)
}
