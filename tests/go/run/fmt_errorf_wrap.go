// fmt_errorf_wrap: fmt.Errorf with %w wraps (Unwrap), %v does not; multiple %w.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	e3 := fmt.Errorf("flat: %v", ErrBase)
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(e3)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e3, ErrBase))
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e3) == nil)
	other := errors.New("other")
	multi := fmt.Errorf("both: %w and %w", ErrBase, other)
	fmt.Println(multi, errors.Is(multi, other), errors.Unwrap(multi) == nil)
	fmt.Printf("%T %T %T\n", e1, e3, multi)
	bad := fmt.Errorf("not an error: %w", "str")
	fmt.Println(bad)
}
