// defer_recover_nested_nil: recover only works when called directly by a deferred function.
package main

import "fmt"

func helper() interface{} {
	return recover()
}

func indirect() (result string) {
	defer func() {
		r := recover()
		result = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	panic("boom")
}

func noPanic() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
}

func main() {
	fmt.Println(indirect())
	noPanic()
	fmt.Println("direct:", recover())
}
