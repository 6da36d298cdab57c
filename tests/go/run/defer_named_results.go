// defer_named_results: deferred closures can read and modify named results after return sets them.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func tripleUnnamed() int {
	n := 5
	defer func() { n *= 3 }()
	return n
}

func withErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func counter() (i int) {
	defer func() { i++ }()
	defer func() { i *= 10 }()
	i = 1
	return
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleUnnamed())
	fmt.Println(withErr())
	fmt.Println(counter())
}
