package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

func wrap(n int) error {
	return fmt.Errorf("op %d: %w", n, ErrBase)
}

func main() {
	err := wrap(3)
	fmt.Println(errors.Is(err, ErrBase), err)
}
