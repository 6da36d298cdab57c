// errors_new_is: sentinel errors, identity comparison and errors.Is through wrapping.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrDenied = errors.New("denied")

func find(key string) error {
	switch key {
	case "a":
		return nil
	case "secret":
		return fmt.Errorf("find %q: %w", key, ErrDenied)
	}
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func main() {
	for _, k := range []string{"a", "b", "secret"} {
		err := find(k)
		fmt.Println(k, err, errors.Is(err, ErrNotFound), errors.Is(err, ErrDenied))
	}
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2))
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
}
