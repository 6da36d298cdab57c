// errors_as_custom: custom error types found with errors.As through a chain.
package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type CodeError int

func (c CodeError) Error() string { return fmt.Sprintf("code %d", int(c)) }

func open(p string) error {
	if p == "" {
		return CodeError(400)
	}
	return fmt.Errorf("open wrapper: %w", &PathError{"open", p})
}

func main() {
	err := open("/etc/x")
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("PathError:", pe.Op, pe.Path)
	}
	var ce CodeError
	fmt.Println(errors.As(err, &ce))
	err = fmt.Errorf("top: %w", open(""))
	if errors.As(err, &ce) {
		fmt.Println("CodeError:", int(ce), ce)
	}
	fmt.Println(err)
}
