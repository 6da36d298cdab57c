// errors_custom_types: returning custom errors, type switches on them, and nil error results.
package main

import (
	"fmt"
	"strconv"
)

type RangeError struct {
	Value, Min, Max int
}

func (e RangeError) Error() string {
	return "value " + strconv.Itoa(e.Value) + " out of [" + strconv.Itoa(e.Min) + "," + strconv.Itoa(e.Max) + "]"
}

type ParseError struct{ Input string }

func (e *ParseError) Error() string { return "cannot parse " + strconv.Quote(e.Input) }

func parsePercent(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{s}
	}
	if n < 0 || n > 100 {
		return 0, RangeError{n, 0, 100}
	}
	return n, nil
}

func main() {
	for _, in := range []string{"42", "abc", "150", "-1", "100"} {
		n, err := parsePercent(in)
		switch e := err.(type) {
		case nil:
			fmt.Println("ok", n)
		case RangeError:
			fmt.Println("range:", e, e.Value)
		case *ParseError:
			fmt.Println("parse:", e, e.Input)
		}
	}
}
