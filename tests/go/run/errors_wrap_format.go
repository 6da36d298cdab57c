// errors_wrap_format: errors printed through %v, %s, %q, %+v and inside structs and slices.
package main

import (
	"errors"
	"fmt"
)

type Op struct {
	Name string
	Err  error
}

func main() {
	e := fmt.Errorf("read %s: %w", "cfg.json", errors.New("EOF"))
	fmt.Printf("%v|%s|%q\n", e, e, e)
	fmt.Printf("%v\n", Op{"load", e})
	fmt.Printf("%+v\n", Op{"load", nil})
	fmt.Println([]error{e, nil})
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(e, &target), target.Unwrap())
}
