// errors_join_is_as: errors.Join output, Is/As across joined errors, Unwrap() []error.
package main

import (
	"errors"
	"fmt"
)

type FieldErr struct{ Field string }

func (e FieldErr) Error() string { return "bad field " + e.Field }

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, FieldErr{"name"})
	}
	if age < 0 {
		errs = append(errs, fmt.Errorf("age %d: %w", age, FieldErr{"age"}))
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("ann", 3) == nil)
	err := validate("", -1)
	fmt.Println(err)
	var fe FieldErr
	fmt.Println(errors.As(err, &fe), fe.Field)
	fmt.Println(errors.Is(err, FieldErr{"age"}), errors.Is(err, FieldErr{"zip"}))
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
}
