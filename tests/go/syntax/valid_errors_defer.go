package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func parse(lines []string) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i, l := range lines {
		n, perr := strconv.Atoi(l)
		if perr != nil {
			return 0, &ParseError{Line: i + 1, Err: perr}
		}
		sum += n
	}
	if sum > 1000 {
		panic("too big")
	}
	return sum, nil
}

func main() {
	_, err := parse([]string{"1", "x"})
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Fprintln(os.Stderr, pe.Line, err)
	}
	s, err := parse([]string{"999", "2"})
	fmt.Println(s, err)
}
