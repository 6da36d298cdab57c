// defer_recover_value: recover returns the panic value of any type; the function then returns normally.
package main

import (
	"errors"
	"fmt"
)

func catch(v interface{}) (got interface{}) {
	defer func() {
		got = recover()
	}()
	panic(v)
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	for _, v := range []interface{}{"text", 42, errors.New("an error"), 3.5, []int{1}} {
		r := catch(v)
		fmt.Printf("%T %v\n", r, r)
	}
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(recover())
}
