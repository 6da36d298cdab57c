// iface_nil_pointer_gotcha: an interface holding a nil pointer is not a nil interface.
package main

import "fmt"

type MyErr struct{}

func (e *MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type T struct{}

func (t *T) Hello() string {
	if t == nil {
		return "hello from nil *T"
	}
	return "hello"
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	fmt.Println(correct(false) == nil, correct(true) == nil)
	var t *T
	var h interface{ Hello() string } = t
	fmt.Println(h != nil, h.Hello())
}
