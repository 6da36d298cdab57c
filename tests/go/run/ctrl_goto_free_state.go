// ctrl_goto_free_state: a state machine written as a loop over a switch (no goto) counting words and numbers.
package main

import "fmt"

func main() {
	const (
		start = iota
		inWord
		inNumber
	)
	state := start
	words, numbers := 0, 0
	for _, c := range "go 123 is fun 42x" {
		isLetter := c >= 'a' && c <= 'z'
		isDigit := c >= '0' && c <= '9'
		switch state {
		case start:
			if isLetter {
				state, words = inWord, words+1
			} else if isDigit {
				state, numbers = inNumber, numbers+1
			}
		case inWord:
			if !isLetter {
				state = start
			}
		case inNumber:
			if isLetter {
				state, words = inWord, words+1
			} else if !isDigit {
				state = start
			}
		}
	}
	fmt.Println("words", words, "numbers", numbers)
}
