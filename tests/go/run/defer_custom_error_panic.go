// defer_custom_error_panic: panicking with a custom error type and recovering it with errors.As.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string { return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code) }

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", 17})
	}
	fmt.Println("age ok", age)
}

func check(age int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	validate(age)
	return nil
}

func main() {
	fmt.Println(check(5))
	err := check(-1)
	fmt.Println(err)
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println(ve.Field, ve.Code)
	}
}
